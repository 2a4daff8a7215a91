import { readNumber, readRecord } from '@sms/core/provider-utils';

/** Every Ghasedak v2 answer: `{ "result": { "code": 200, "message": "success" }, "items": … }`. */
export interface GhasedakEnvelope {
  result: { code: number; message: string };
  items: unknown;
  /** The whole parsed answer, unknown fields included (`totalcount`…). */
  body: Record<string, unknown>;
}

/** Reads the envelope out of a parsed body, or `undefined` when the body is not one. */
export function readEnvelope(json: unknown): GhasedakEnvelope | undefined {
  const body = readRecord(json);
  const result = readRecord(body, 'result');
  if (body === undefined || result === undefined) return undefined;
  const code = readNumber(result, 'code');
  if (code === undefined) return undefined;
  return {
    result: { code, message: typeof result.message === 'string' ? result.message : '' },
    items: body.items,
    body,
  };
}
