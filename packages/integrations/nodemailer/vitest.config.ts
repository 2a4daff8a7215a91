import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../../vitest.shared.ts';

// `*.test-d.ts` files are type tests: `vitest run` also runs tsc over them, so the assignability of the
// transport to Nodemailer's own `Transport` type is checked by the test suite, not only by `typecheck`.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    },
  }),
);
