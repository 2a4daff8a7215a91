import { SmsError } from '@sms/core';

export function assertTemplateId(templateId: unknown, provider: string): string {
  if (typeof templateId === 'string' && templateId.trim() !== '') return templateId;
  throw new SmsError(`Pass the SMSAfzar template id (e.g. TydSt1skQE) as \`template\`, got ${JSON.stringify(templateId)}. Nothing was sent.`, {
    code: 'INVALID_INPUT',
    provider,
  });
}
