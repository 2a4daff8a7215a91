// Runs the dist scenario through the ESM build (`import`), then checks that the two builds, loaded side by
// side, still recognise each other's errors through `isInstance` (their classes necessarily differ).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as core from '../dist/index.js';
import * as memory from '../dist/memory/index.js';
import * as providerUtils from '../dist/provider-utils/index.js';
import * as server from '../dist/server/index.js';
import * as testing from '../dist/testing/index.js';

const require = createRequire(import.meta.url);
const { runScenario } = require('./check-dist-scenario.cjs');
await runScenario({ label: 'ESM', core, providerUtils, memory, testing, server });

const commonJs = require('../dist/index.cjs');
const commonJsError = new commonJs.SmsError('refused', { code: 'AUTHENTICATION', provider: 'first' });
const commonJsAllFailed = new commonJs.AllProvidersFailedError([commonJsError]);
assert.equal(commonJsError instanceof core.SmsError, false);
assert.equal(
  core.SmsError.isInstance(commonJsError),
  true,
  'ESM SmsError.isInstance does not recognise an error of the CJS build',
);
assert.equal(
  core.AllProvidersFailedError.isInstance(commonJsAllFailed),
  true,
  'ESM AllProvidersFailedError.isInstance does not recognise one of the CJS build',
);
assert.equal(
  core.AllProvidersFailedError.isInstance(commonJsError),
  false,
  'ESM AllProvidersFailedError.isInstance is true for a plain SmsError of the CJS build',
);
assert.equal(
  commonJs.AllProvidersFailedError.isInstance(
    new core.AllProvidersFailedError([new core.SmsError('x', { code: 'NETWORK' })]),
  ),
  true,
);
process.stdout.write('ESM and CJS side by side: isInstance recognises errors across the two builds\n');
