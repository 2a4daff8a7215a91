import { defineConfig } from 'tsup';

export default defineConfig({
  // `testing` is its own entry so the test helpers (child processes, temp dirs) never load with the main entry.
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
