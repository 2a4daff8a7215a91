// Checks a built copy of @sms/core the way a user's code loads it: an entry point required or imported on
// its own must share the error classes of the main entry, so `instanceof SmsError` holds whichever entry
// created the error. Shared by the ESM and CJS checks.
'use strict';
const assert = require('node:assert/strict');

/**
 * @param {object} entries the built entries, loaded by the caller in its module format
 */
async function runScenario({ label, core, providerUtils, memory, testing, server }) {
  const http = providerUtils.createHttpClient({ provider: 'memory', baseUrl: 'http://127.0.0.1:9' });
  const providerError = providerUtils.noMessageIdError(http, 'send', {});
  await http.close();
  assert.ok(
    providerError instanceof core.SmsError,
    `${label}: an error made by /provider-utils is not an instance of the SmsError of the main entry`,
  );

  // The build reads the version from package.json into the User-Agent; the recorder loads undici on first use.
  const { version } = require('../package.json');
  const recorder = providerUtils.createRequestRecorder({
    origin: 'https://api.provider.test',
    secrets: { apiKey: 'dist-check-key' },
  });
  recorder.reply('POST', '/v1/send', (request) => ({ json: { echoed: request.headers['x-api-key'] } }));
  const recorded = providerUtils.createHttpClient({
    provider: 'memory',
    baseUrl: 'https://api.provider.test/v1',
    dispatcher: recorder.dispatcher,
    userAgent: ['sms-dist-check/1.0.0'],
    headers: () => ({ 'x-api-key': 'dist-check-key' }),
  });
  const recordedAnswer = await recorded.request({ method: 'POST', path: 'send', json: { text: 'hi' } });
  assert.deepEqual(
    recordedAnswer.json,
    { echoed: '[apiKey]' },
    `${label}: the request recorder did not record and answer a request`,
  );
  await recorder.close();
  const userAgents = [];
  const capturing = providerUtils.createHttpClient({
    provider: 'memory',
    baseUrl: 'http://127.0.0.1:9',
    userAgent: ['sms-dist-check/1.0.0'],
    dispatcher: {
      async request(options) {
        userAgents.push(options.headers['user-agent']);
        return { statusCode: 200, headers: {}, body: require('node:stream').Readable.from([Buffer.from('{}')]) };
      },
    },
  });
  await capturing.request({ method: 'GET', path: 'x' });
  assert.deepEqual(
    userAgents,
    [`sms-dist-check/1.0.0 sms-core/${version} (+https://github.com/sms-sdk/sms)`],
    `${label}: the User-Agent does not carry the package's version`,
  );

  for (const [entry, createMemoryProvider] of [
    ['/memory', memory.createMemoryProvider],
    ['/testing', testing.createMemoryProvider],
  ]) {
    const provider = createMemoryProvider({ id: 'memory' });
    let thrown;
    try {
      provider.setStatus('no-such-message', 'delivered');
    } catch (error) {
      thrown = error;
    }
    assert.ok(
      thrown instanceof core.SmsError,
      `${label}: an error thrown by ${entry} is not an instance of the SmsError of the main entry (a second copy of the class)`,
    );
    assert.equal(thrown.code, 'NOT_FOUND');
    assert.equal(
      core.AllProvidersFailedError.isInstance(thrown),
      false,
      `${label}: AllProvidersFailedError.isInstance is true for a plain SmsError`,
    );
  }

  // /server answers the main entry's errors as problems, and throws its own as the main entry's SmsError.
  const answer = server.errorAnswer(
    new core.SmsError('slow down', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 2_000 }),
  );
  assert.equal(answer?.status, 429, `${label}: /server does not recognise an SmsError of the main entry`);
  assert.equal(answer.headers['retry-after'], '2');
  let serverError;
  try {
    server.createSendHandler(undefined);
  } catch (error) {
    serverError = error;
  }
  assert.ok(
    serverError instanceof core.SmsError,
    `${label}: an error thrown by /server is not an instance of the SmsError of the main entry`,
  );
  const send = server.createSendHandler(
    core.createSmsClient({ providers: memory.createMemoryProvider({ id: 'memory' }) }),
  );
  const sent = await send({ kind: 'body', body: { to: '+989121234567', text: 'hello' } });
  assert.deepEqual(
    [sent.status, sent.body.messages.length],
    [202, 1],
    `${label}: /server's send handler did not send through a client of the main entry`,
  );

  // One build, one module for the memory provider, whichever entry exports it.
  assert.ok(
    testing.createMemoryProvider === memory.createMemoryProvider,
    `${label}: /testing and /memory carry different copies of createMemoryProvider`,
  );

  // An error made with the main entry's class, thrown through a provider from /memory and the client.
  const first = memory.createMemoryProvider({ id: 'first' });
  const second = testing.createMemoryProvider({ id: 'second' });
  first.failWith(new core.SmsError('first refused', { code: 'AUTHENTICATION', provider: 'first' }));
  second.failWith(new core.SmsError('second refused', { code: 'AUTHENTICATION', provider: 'second' }));
  const client = core.createSmsClient({ providers: [first, second] });
  const caught = await testing.catchSmsError(() => client.send({ to: '09121234567', text: 'hello' }));
  assert.ok(
    caught instanceof core.AllProvidersFailedError,
    `${label}: the client did not throw the main entry's AllProvidersFailedError`,
  );
  assert.ok(caught instanceof core.SmsError);
  assert.ok(core.AllProvidersFailedError.isInstance(caught));

  process.stdout.write(
    `${label}: /provider-utils, /memory, /testing, /server and the main entry share one SmsError and AllProvidersFailedError\n`,
  );
}

module.exports = { runScenario };
