export const DEFAULT_QUEUE_NAME = 'sms';
