import { isJsonObject, pick, readInteger, readObjectList, readString } from './read-fields';

export interface SmsAfzarErrorBody {
  errorCode?: number;
  errorMessage?: string;
  validationErrors: { field: string; errorMessage?: string }[];
}

// A 500 answer names its incident in the message too: "… | شناسه خطا : 1000011011".
const INCIDENT_IN_MESSAGE = /شناسه\s*خطا\s*:?\s*(\d+)/;

/** Reads `{ errorCode, errorMessage, validationErrors? }` from any answer, leniently. */
export function readErrorBody(body: unknown): SmsAfzarErrorBody {
  if (!isJsonObject(body)) return { validationErrors: [] };
  const errorMessage = readString(pick(body, 'errorMessage', 'message'));
  let errorCode = readInteger(pick(body, 'errorCode', 'code'));
  if (errorCode === undefined && errorMessage !== undefined) {
    const incident = INCIDENT_IN_MESSAGE.exec(errorMessage)?.[1];
    if (incident !== undefined) errorCode = Number(incident);
  }
  const validationErrors = readObjectList(pick(body, 'validationErrors', 'errors')).flatMap((item) => {
    const field = readString(pick(item, 'field', 'name', 'propertyName'));
    if (field === undefined) return [];
    const message = readString(pick(item, 'errorMessage', 'message'));
    return [message === undefined ? { field } : { field, errorMessage: message }];
  });
  const result: SmsAfzarErrorBody = { validationErrors };
  if (errorCode !== undefined) result.errorCode = errorCode;
  if (errorMessage !== undefined) result.errorMessage = errorMessage;
  return result;
}

/** Provider text without the leading dot the right-to-left documents put in front of Persian sentences. */
export function cleanProviderText(text: string): string {
  return text.trim().replace(/^[.\s]+/, '').replace(/\s+/g, ' ');
}
