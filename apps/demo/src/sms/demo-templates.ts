import type { TemplateRegistry } from '@sms/core';

/**
 * One logical OTP template: Ghasedak's verification template `otp` (positional %param1%), SMSAfzar's
 * template `TydSt1skQE` (named parameter `code`), and plain text for SMS Partner, which has no templates.
 */
export const demoTemplates: TemplateRegistry = {
  otp: {
    ghasedak: { template: 'otp', params: ['code'] },
    smsafzar: { templateId: 'TydSt1skQE', params: { code: 'code' } },
    text: 'Your verification code is {code}',
  },
};
