// Runs the dist scenario through the CJS build (`require`), after checking that only `/queue` loads @sms/queue.
'use strict';
require('reflect-metadata');
const { runScenario } = require('./check-dist-scenario.cjs');

/** `@sms/queue` and `bullmq` are optional peers: only `@sms/nestjs/queue` may load them. */
function checkQueueIsOptional() {
  const loadsQueue = () => Object.keys(require.cache).some((file) => /[\\/](bullmq|queue[\\/]dist)[\\/]/.test(file));
  require('../dist/index.cjs');
  require('../dist/testing/index.cjs');
  require('../dist/terminus/index.cjs');
  if (loadsQueue()) throw new Error('@sms/nestjs loads @sms/queue or bullmq outside of @sms/nestjs/queue');
  const { SmsQueueModule, getSmsQueueToken } = require('../dist/queue/index.cjs');
  if (typeof SmsQueueModule.forRootAsync !== 'function' || getSmsQueueToken('otp') !== 'SMS_QUEUE:otp')
    throw new Error('@sms/nestjs/queue does not export SmsQueueModule and getSmsQueueToken');
  if (!loadsQueue()) throw new Error('the check of the queue entry did not see it load @sms/queue');
}

async function main() {
  checkQueueIsOptional();
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
