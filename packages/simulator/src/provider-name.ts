export type ProviderName = 'ghasedak' | 'smsafzar' | 'smspartner';

export const PROVIDER_NAMES: readonly ProviderName[] = ['ghasedak', 'smsafzar', 'smspartner'];
