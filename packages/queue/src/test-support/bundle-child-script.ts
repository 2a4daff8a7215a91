import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { workspaceSourceFiles } from '../../../../vitest.shared';

// Exact names only: `@sms/core/memory` must not become `@sms/core`'s index followed by `/memory`.
const workspaceSourcesPlugin: Plugin = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@sms\// }, (args) => {
      const path = workspaceSourceFiles[args.path];
      return path === undefined ? undefined : { path };
    });
  },
};

// The simulator imports its inbox page as `./assets/inbox.html?raw`, as Vite does.
const rawTextPlugin: Plugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: join(dirname(args.importer), args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/**
 * Bundles a TypeScript entry (a worker or producer process of a multi-process test) into one `.mjs` file in
 * `directory`, with the workspace packages taken from their sources as in the tests, so the child runs the code
 * under test without a build. Node 20 cannot run TypeScript itself, and a file in a temp folder could not
 * resolve the packages, so everything is bundled.
 */
export async function bundleChildScript(entry: string | URL, directory: string, name: string): Promise<string> {
  const outfile = join(directory, `${name}.mjs`);
  const entryPath = typeof entry === 'string' ? entry : fileURLToPath(entry);
  await build({
    entryPoints: [entryPath],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [workspaceSourcesPlugin, rawTextPlugin],
    // msgpackr (through bullmq) looks for an optional native add-on inside a try/catch.
    external: ['msgpackr-extract'],
    // Bundled CommonJS (ioredis, bullmq's dependencies) calls require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}
