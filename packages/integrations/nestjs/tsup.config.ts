import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { 'index': 'src/index.ts', 'terminus/index': 'src/terminus/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
});
