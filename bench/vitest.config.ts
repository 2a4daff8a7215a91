import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.ts';

export default mergeConfig(sharedConfig, {
  test: {
    include: ['reliability/**/*.test.ts', 'src/**/*.test.mjs'],
    setupFiles: ['reliability/support/setup-reliability.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
