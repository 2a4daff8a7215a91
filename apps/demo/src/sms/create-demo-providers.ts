import type { SmsProvider } from '@sms/core';
import { createGhasedak } from '@sms/ghasedak';
import { createSmsAfzar } from '@sms/smsafzar';
import { createSmsPartner } from '@sms/smspartner';
import type { DemoProviderSettings } from './demo-provider-settings';

/** One provider per configured entry, in failover order: Ghasedak, then SMSAfzar, then SMS Partner. */
export function createDemoProviders(settings: DemoProviderSettings): SmsProvider[] {
  const providers: SmsProvider[] = [];
  if (settings.ghasedak) providers.push(createGhasedak(settings.ghasedak));
  if (settings.smsafzar) providers.push(createSmsAfzar(settings.smsafzar));
  if (settings.smspartner) providers.push(createSmsPartner(settings.smspartner));
  return providers;
}
