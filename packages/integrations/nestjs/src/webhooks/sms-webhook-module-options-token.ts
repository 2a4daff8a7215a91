/** The token of `SmsWebhookModule`'s options (its own file: both the module definition and the controller need it). */
export const SMS_WEBHOOK_MODULE_OPTIONS = 'SMS_WEBHOOK_MODULE_OPTIONS';
