import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import sibling packages from their sources, so a change in @sms/core is seen by every package's
// tests without a rebuild. The published shape (dist + exports) is checked separately by `lint:package`.
export const workspaceSources: Record<string, string> = {
  '@sms/core/testing': 'packages/core/src/testing/index.ts',
  '@sms/core/memory': 'packages/core/src/memory/index.ts',
  '@sms/core/server': 'packages/core/src/server/index.ts',
  '@sms/core/provider-utils': 'packages/core/src/provider-utils/index.ts',
  '@sms/core': 'packages/core/src/index.ts',
  '@sms/simulator': 'packages/simulator/src/index.ts',
  '@sms/ghasedak': 'packages/providers/ghasedak/src/index.ts',
  '@sms/smsafzar': 'packages/providers/smsafzar/src/index.ts',
  '@sms/smspartner': 'packages/providers/smspartner/src/index.ts',
  '@sms/queue/testing': 'packages/queue/src/testing/index.ts',
  '@sms/queue': 'packages/queue/src/index.ts',
  '@sms/nestjs/queue': 'packages/integrations/nestjs/src/queue/index.ts',
  '@sms/nestjs/terminus': 'packages/integrations/nestjs/src/terminus/index.ts',
  '@sms/nestjs/testing': 'packages/integrations/nestjs/src/testing/index.ts',
  '@sms/nestjs': 'packages/integrations/nestjs/src/index.ts',
  '@sms/express': 'packages/integrations/express/src/index.ts',
  '@sms/nodemailer': 'packages/integrations/nodemailer/src/index.ts',
  '@sms/opentelemetry/queue': 'packages/integrations/opentelemetry/src/queue/index.ts',
  '@sms/opentelemetry': 'packages/integrations/opentelemetry/src/index.ts',
};

/** The same sources as absolute paths, for a bundler that runs a test's child process (see bundleChildScript). */
export const workspaceSourceFiles: Record<string, string> = Object.fromEntries(
  Object.entries(workspaceSources).map(([name, path]) => [name, fromRoot(path)]),
);

export const sharedConfig = defineConfig({
  resolve: {
    alias: Object.entries(workspaceSources).map(([name, path]) => ({
      find: new RegExp(`^${name.replace('/', '\\/')}$`),
      replacement: fromRoot(path),
    })),
  },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The JSON report lets .ci/run print one closing line for the whole monorepo.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results.json' },
  },
});
