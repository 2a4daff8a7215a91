// Runs the dist scenario through the CJS build (`require`).
'use strict';
require('reflect-metadata');
const { runScenario } = require('./check-dist-scenario.cjs');

async function main() {
  // `@sms/core/testing` cannot be required today (it imports vitest, which refuses require()), so its ESM
  // build is put in the require cache: this checks our CJS files, not core's.
  const coreTesting = await import('@sms/core/testing');
  const coreTestingPath = require.resolve('@sms/core/testing');
  require.cache[coreTestingPath] = { id: coreTestingPath, filename: coreTestingPath, loaded: true, exports: coreTesting };

  await runScenario({
    label: 'CJS',
    common: require('@nestjs/common'),
    core: require('@nestjs/core'),
    terminus: require('@nestjs/terminus'),
    nestjs: require('../dist/index.cjs'),
    nestjsTesting: require('../dist/testing/index.cjs'),
    nestjsTerminus: require('../dist/terminus/index.cjs'),
    createMemoryProvider: coreTesting.createMemoryProvider,
  });
}

main().catch((error) => {
  process.exitCode = 1;
  process.stderr.write(`${error.stack ?? error}\n`);
});
