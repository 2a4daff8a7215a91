import type { FactoryProvider, InjectionToken, Provider } from '@nestjs/common';
import type { SmsClient as CoreSmsClient } from '@sms/core';
import { getSmsClientToken } from './get-sms-client-token';
import { SmsClient } from './sms-client';
import { SmsClientLifecycle } from './sms-client-lifecycle';

/** Local to each registration, so one token serves every module instance without collisions. */
const SMS_CLIENT_LIFECYCLE = Symbol('SmsClientLifecycle');

export interface ClientProviders {
  providers: Provider[];
  exports: InjectionToken[];
}

/**
 * The providers every registration adds around its client factory: the client under its (named) token,
 * the `SmsClient` class alias for the default client only (so a named client never takes the default's
 * place), and the shutdown hook that closes the client.
 */
export function createClientProviders(
  name: string | undefined,
  client: Pick<FactoryProvider<CoreSmsClient>, 'useFactory' | 'inject'>,
): ClientProviders {
  const token = getSmsClientToken(name);
  const providers: Provider[] = [
    { provide: token, useFactory: client.useFactory, inject: client.inject ?? [] },
    {
      provide: SMS_CLIENT_LIFECYCLE,
      useFactory: (instance: CoreSmsClient) => new SmsClientLifecycle(instance),
      inject: [token],
    },
  ];
  const exports: InjectionToken[] = [token];
  if (name === undefined) {
    providers.push({ provide: SmsClient, useExisting: token });
    exports.push(SmsClient);
  }
  return { providers, exports };
}
