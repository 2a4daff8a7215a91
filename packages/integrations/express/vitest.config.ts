import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../../vitest.shared.ts';

const express4 = fileURLToPath(new URL('./node_modules/express4', import.meta.url));

// The whole suite runs twice: once on Express 5 (`express`) and once on Express 4, by resolving `express`
// to the `express4` alias in both the tests and the package's own source (which imports the body parsers
// and Router from `express`), exactly as an Express 4 app would see it.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: 'express5', env: { EXPRESS_MAJOR: '5' } } },
        {
          extends: true,
          resolve: {
            alias: [
              { find: /^express$/, replacement: express4 },
              { find: /^express\/package\.json$/, replacement: `${express4}/package.json` },
            ],
          },
          test: { name: 'express4', env: { EXPRESS_MAJOR: '4' } },
        },
      ],
    },
  }),
);
