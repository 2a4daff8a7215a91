import { SmsError } from '../errors/sms-error';
import { createMemoryProvider } from './create-memory-provider';
import { describeProviderConformance } from '../testing/describe-provider-conformance';

// The memory provider is the reference implementation of the contract, so it must pass the shared suite
// every real provider runs; a wrong-credential twin is one told to refuse with AUTHENTICATION.
describeProviderConformance({
  name: 'memory',
  setup: async () => {
    const provider = createMemoryProvider();
    const providerWithWrongCredentials = createMemoryProvider({ id: 'memory-wrong' });
    providerWithWrongCredentials.failWith(
      new SmsError('memory refused the credentials', { code: 'AUTHENTICATION', provider: 'memory-wrong' }),
    );
    return {
      provider,
      providerWithWrongCredentials,
      secrets: ['memory-secret-key'],
      recipients: ['09121234567', '+989351234567', '00989191234567'],
      close: () => provider.close(),
    };
  },
});
