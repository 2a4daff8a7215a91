import { AnswerError } from '../../server/answer-error';
import { jsonResponse } from '../../server/json-response';
import type { ProviderRequest } from '../../server/provider-api';
import { smsafzarValidationError } from './smsafzar-errors';
import { messageError } from './smsafzar-validation';

const isJson = (contentType: string | undefined): boolean => {
  const type = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  return type === 'application/json' || type.endsWith('+json');
};

/** The JSON object body: 415 for another content type, 400/1001 for a body that is not a JSON object. */
export function readJsonBody(request: ProviderRequest): Record<string, unknown> {
  if (!isJson(request.headers['content-type'])) {
    throw new AnswerError(
      jsonResponse(415, { errorCode: 415, errorMessage: '.نوع محتوای درخواست می بایست application/json باشد' }),
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    throw smsafzarValidationError([messageError('$', '.بدنه درخواست در قالب Json معتبر نمی باشد')]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw smsafzarValidationError([messageError('$', '.بدنه درخواست می بایست یک شی Json باشد')]);
  }
  return parsed as Record<string, unknown>;
}
