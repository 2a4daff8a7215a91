import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { createSmsClient, type SmsClientOptions } from '@sms/core';
import { createMemoryProvider, type MemoryProviderOptions } from '@sms/core/memory';
import { createClientProviders } from '../create-client-providers';
import { assertClientName } from '../get-sms-client-token';
import type { SmsModuleExtras } from '../sms-module-options';
import { getSmsRecorderToken } from './get-sms-recorder-token';
import { SmsRecorder } from './sms-recorder';

export interface SmsTestingModuleOptions extends Omit<SmsClientOptions, 'providers'>, SmsModuleExtras {
  /**
   * One memory provider per entry (ids must differ), e.g. `[{ id: 'ghasedak' }, { id: 'smsafzar' }]` to
   * mirror a production setup. Default: one provider with id `memory`.
   */
  memoryProviders?: readonly MemoryProviderOptions[];
}

/**
 * A drop-in for `SmsModule` in tests: the same client tokens, backed by core's memory providers, so
 * nothing is sent and every message is recorded in the injectable `SmsRecorder`.
 */
@Module({})
export class SmsTestingModule {
  static forRoot(options: SmsTestingModuleOptions = {}): DynamicModule {
    const { memoryProviders = [{}], isGlobal = false, name: givenName, ...clientOptions } = options;
    const name = givenName === undefined ? undefined : assertClientName(givenName);
    const recorderToken = getSmsRecorderToken(name);
    const client = createClientProviders(name, {
      // Fresh providers per application, so tests that share a module definition never share recordings.
      useFactory: (recorder: SmsRecorder) => createSmsClient({ ...clientOptions, providers: recorder.providers }),
      inject: [recorderToken],
    });
    const providers: Provider[] = [
      {
        provide: recorderToken,
        useFactory: () => new SmsRecorder(memoryProviders.map((memoryOptions) => createMemoryProvider(memoryOptions))),
      },
      ...client.providers,
    ];
    const exports = [recorderToken, ...client.exports];
    if (name === undefined) {
      providers.push({ provide: SmsRecorder, useExisting: recorderToken });
      exports.push(SmsRecorder);
    }
    return { module: SmsTestingModule, global: isGlobal, providers, exports };
  }
}
