import { defineConfig } from 'tsup';

export default defineConfig({
  // `testing` is its own entry so test doubles never ship in the main entry that production code loads, and
  // `queue` so that importing @sms/nestjs never loads @sms/queue and bullmq (optional peers).
  entry: {
    index: 'src/index.ts',
    'queue/index': 'src/queue/index.ts',
    'terminus/index': 'src/terminus/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  // Shared chunks in CJS too: otherwise each entry carries its own copy of the `SmsClient` class token and
  // `SmsTestingModule` (from `/testing`) would provide a different class than the one users import.
  splitting: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
