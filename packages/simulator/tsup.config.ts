import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig } from 'tsup';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

// `import text from './file?raw'` bundles the file's text, as Vite (so Vitest) reads the same import: the
// inbox page's HTML, CSS and script are real files in the source and strings in dist.
const rawImports: EsbuildPlugin = {
  name: 'raw-imports',
  setup(build) {
    // The resolved path keeps its `?raw`, so that tsup's own CSS handling (which matches `.css$`) leaves it alone.
    build.onResolve({ filter: /\?raw$/ }, (file) => ({ path: resolve(file.resolveDir, file.path), namespace: 'raw' }));
    build.onLoad({ filter: /\?raw$/, namespace: 'raw' }, async (file) => {
      const path = file.path.slice(0, -'?raw'.length);
      return { contents: await readFile(path, 'utf8'), loader: 'text', watchFiles: [path] };
    });
  },
};

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  esbuildPlugins: [rawImports],
});
