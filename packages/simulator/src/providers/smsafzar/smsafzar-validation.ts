import type { ValidationError } from './smsafzar-errors';

const LABELS: Record<string, string> = {
  senderNumber: 'شماره فرستنده',
  recipientNumber: 'شماره گیرنده',
  content: 'متن پیام',
  templateId: 'شناسه قالب ارسال پیام',
  parameters: 'پارامترهای قالب ارسال پیام',
  sendTimestamp: 'زمان ارسال',
  senderNumbers: 'شماره های فرستنده',
  recipientNumbers: 'شماره های گیرنده',
  contents: 'متن های پیام',
  sentMessageIdes: 'شناسه های پیام',
  count: 'تعداد',
  UserName: 'نام کاربری',
  Password: 'رمز عبور',
  Domain: 'دامنه',
};

const labelOf = (field: string): string => LABELS[field.replace(/\[\d+\].*$/, '')] ?? field;

export const requiredError = (field: string): ValidationError => ({
  field,
  errorMessage: `.فیلد [ ${labelOf(field)} ] را وارد نمایید`,
});

export const invalidError = (field: string): ValidationError => ({
  field,
  errorMessage: `.مقدار فیلد [ ${labelOf(field)} ] معتبر نمی باشد`,
});

export const messageError = (field: string, errorMessage: string): ValidationError => ({ field, errorMessage });

/** A JSON string or number as text; undefined when absent, null or empty. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}
