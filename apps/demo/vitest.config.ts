import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(sharedConfig, {
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: { testTimeout: 180_000, hookTimeout: 60_000 },
});
