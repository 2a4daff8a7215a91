// Runs the dist scenario through the CJS build (`require`).
'use strict';
require('reflect-metadata');
const { runScenario } = require('./check-dist-scenario.cjs');

async function main() {
  await runScenario({
    label: 'CJS',
    common: require('@nestjs/common'),
    core: require('@nestjs/core'),
    terminus: require('@nestjs/terminus'),
    nestjs: require('../dist/index.cjs'),
    nestjsTesting: require('../dist/testing/index.cjs'),
    nestjsTerminus: require('../dist/terminus/index.cjs'),
    createMemoryProvider: require('@sms/core/memory').createMemoryProvider,
    SmsError: require('@sms/core').SmsError,
  });
}

main().catch((error) => {
  process.exitCode = 1;
  process.stderr.write(`${error.stack ?? error}\n`);
});
