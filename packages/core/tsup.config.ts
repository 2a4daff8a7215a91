import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'provider-utils/index': 'src/provider-utils/index.ts',
    'memory/index': 'src/memory/index.ts',
    'testing/index': 'src/testing/index.ts',
    'server/index': 'src/server/index.ts',
  },
  format: ['esm', 'cjs'],
  // One copy of each module per format, in shared chunks, so `SmsError` is one class whichever entry
  // (`.`, `/provider-utils`, `/memory`, `/testing`, `/server`) a user requires. Rollup (`treeshake`) writes the
  // CommonJS chunks: tsup's own CJS splitting passes them through sucrase, which rewrites `?.`, `??` and class fields into helpers.
  splitting: true,
  treeshake: true,
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // import.meta.url in the CommonJS build (the phone library is loaded with createRequire).
  shims: true,
});
