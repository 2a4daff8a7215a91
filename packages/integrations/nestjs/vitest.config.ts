import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../../vitest.shared.ts';

// Tests write services the way users do (`constructor(private readonly sms: SmsClient)`), which needs
// `design:paramtypes`. oxc already takes this from tsconfig.json; saying it here keeps it true if the
// tsconfig stops covering a test folder. The package's own code never needs it (explicit @Inject).
export default mergeConfig(sharedConfig, {
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
});
