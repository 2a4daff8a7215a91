import { readInteger } from '@sms/core/provider-utils';
import { lowerCaseKeys } from './gateway-fields';

/** Every gateway answer: `{ "isSuccess": true, "statusCode": 200, "message": "…", "data": … }`. */
export interface GhasedakGatewayEnvelope {
  isSuccess: boolean;
  statusCode: number;
  message: string;
  data: unknown;
  /** The whole parsed answer, unknown fields included. */
  body: Record<string, unknown>;
}

/** Reads the envelope out of a parsed body (keys in any case), or `undefined` when the body is not one. */
export function readGatewayEnvelope(json: unknown): GhasedakGatewayEnvelope | undefined {
  const fields = lowerCaseKeys(json);
  if (fields === undefined) return undefined;
  const statusCode = readInteger(fields.statuscode);
  if (statusCode === undefined || typeof fields.issuccess !== 'boolean') return undefined;
  return {
    isSuccess: fields.issuccess,
    statusCode,
    message: typeof fields.message === 'string' ? fields.message : '',
    data: fields.data ?? null,
    body: json as Record<string, unknown>,
  };
}

/** Success is `isSuccess` and `statusCode` 200 together, whatever the HTTP status said. */
export function isGatewaySuccess(envelope: GhasedakGatewayEnvelope): boolean {
  return envelope.isSuccess && envelope.statusCode === 200;
}
