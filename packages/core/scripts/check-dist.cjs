// Runs the dist scenario through the CJS build (`require`).
'use strict';
const path = require('node:path');
const { runScenario } = require('./check-dist-scenario.cjs');

// Vitest refuses to be required, so a user's CommonJS code cannot load `/testing` whole; a stand-in for
// the one function it calls at run time lets this check load that entry and see which modules it shares.
const vitestPath = require.resolve('vitest', { paths: [path.join(__dirname, '../dist/testing')] });
require.cache[vitestPath] = {
  id: vitestPath,
  filename: vitestPath,
  loaded: true,
  exports: { expect: () => ({ toBe() {} }) },
};

runScenario({
  label: 'CJS',
  core: require('../dist/index.cjs'),
  providerUtils: require('../dist/provider-utils/index.cjs'),
  memory: require('../dist/memory/index.cjs'),
  testing: require('../dist/testing/index.cjs'),
  server: require('../dist/server/index.cjs'),
}).catch((error) => {
  process.exitCode = 1;
  process.stderr.write(`${error.stack ?? error}\n`);
});
