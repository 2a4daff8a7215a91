export { SmsHealthIndicator } from './sms-health-indicator';
export type { SmsHealthCheckOptions, SmsHealthDetails, SmsProviderHealth } from './sms-health-indicator';
