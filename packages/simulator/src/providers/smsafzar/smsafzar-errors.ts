import { randomInt } from 'node:crypto';
import { AnswerError } from '../../server/answer-error';
import { jsonResponse } from '../../server/json-response';
import type { ProviderResponse } from '../../server/provider-api';

export interface ValidationError {
  field: string;
  errorMessage: string;
}

// Messages as the seeds print them: Persian, with the full stop first (the docs render them right-to-left).
export const SMSAFZAR_MESSAGES = {
  invalidParameters: '.مقادیر پارامترهای ارسالی معتبر نمی باشند',
  lineNotDefined: '.شماره خط فرستنده در حساب کاربر تعریف نشده است',
  batchInvalid: '.شناسه مجموعه پیام های ارسالی مورد نظر معتبر نمی باشد',
  cancelWindowPassed: '.حذف ارسال پیام زمان بندی شده حداکثر تا 30 ثانیه قبل از زمان ارسال امکان پذیر می باشد',
  templateInvalid: '.شناسه قالب ارسال پیام مورد نظر معتبر نمی باشد',
  unauthorized: '.خطای احراز هویت رخ داده است',
  methodDenied: '.مجوز دسترسی به متد برای حساب کاربری تعریف نشده است',
  ipDenied: '.آدرس آی پی جهت دسترسی به سرویس معتبر نمی باشد',
  insufficientCredit: '.اعتبار حساب کاربری برای ارسال پیام کافی نمی باشد',
} as const;

export function smsafzarError(
  status: number,
  errorCode: number,
  errorMessage: string,
  validationErrors?: ValidationError[],
): AnswerError {
  return new AnswerError(
    jsonResponse(status, { errorCode, errorMessage, ...(validationErrors ? { validationErrors } : {}) }),
  );
}

/** 400 / 1001 with one entry per invalid field. */
export function smsafzarValidationError(validationErrors: ValidationError[]): AnswerError {
  return smsafzarError(400, 1001, SMSAFZAR_MESSAGES.invalidParameters, validationErrors);
}

export const smsafzarUnauthorized = (): AnswerError => smsafzarError(401, 401, SMSAFZAR_MESSAGES.unauthorized);

/** 500 whose code is an incident number for support, repeated in the message as in the seed. */
export function smsafzarServerError(): ProviderResponse {
  const incident = randomInt(1_000_000_000, 2_000_000_000);
  return jsonResponse(500, {
    errorCode: incident,
    errorMessage: `خطایی در سرور رخ داده است. | شناسه خطا : ${incident}`,
  });
}

export function smsafzarRateLimited(): ProviderResponse {
  return jsonResponse(
    429,
    { errorCode: 429, errorMessage: '.تعداد درخواست ها بیش از حد مجاز است' },
    { 'Retry-After': '2' },
  );
}

export function smsafzarTooLarge(): ProviderResponse {
  return jsonResponse(413, { errorCode: 413, errorMessage: '.حجم درخواست بیش از حد مجاز است' });
}

export function smsafzarNotFound(): ProviderResponse {
  return jsonResponse(404, { errorCode: 404, errorMessage: '.آدرس درخواست معتبر نمی باشد' });
}

export function smsafzarMethodNotAllowed(allowed: string): ProviderResponse {
  return jsonResponse(405, { errorCode: 405, errorMessage: '.روش فراخوانی متد معتبر نمی باشد' }, { Allow: allowed });
}
