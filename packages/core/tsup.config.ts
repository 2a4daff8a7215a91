import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'memory/index': 'src/memory/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build (the phone library is loaded with createRequire).
  shims: true,
});
