import { createRequestRecorder } from '@sms/core/provider-utils';
import { usePerTest } from '@sms/core/testing';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createGhasedak } from './create-ghasedak';
import { fixtureAnswer, ORIGIN, TEST_API_KEY } from './test-support/mock-ghasedak';

function versionIn(packageJson: string | URL): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

const recorder = usePerTest(
  () => createRequestRecorder({ origin: ORIGIN, secrets: { apiKey: TEST_API_KEY } }),
  (created) => created.close(),
);

describe('the Ghasedak transport', () => {
  it("sends a User-Agent naming sms-ghasedak and the version in this package's package.json, before core's", async () => {
    const version = versionIn(new URL('../package.json', import.meta.url));
    const coreVersion = versionIn(createRequire(import.meta.url).resolve('@sms/core/package.json'));
    // The recorder leaves the User-Agent out of what it records, so it is read on the way to it.
    const userAgents: unknown[] = [];
    const dispatcher = recorder.dispatcher.compose((dispatch) => (request, handler) => {
      userAgents.push((request.headers as Record<string, string>)['user-agent']);
      return dispatch(request, handler);
    });
    recorder.reply('POST', '/v2/account/info', fixtureAnswer('account-info.json'));
    const provider = createGhasedak({ apiKey: TEST_API_KEY, dispatcher });
    try {
      await provider.getBalance();
    } finally {
      await provider.close();
    }
    expect(userAgents).toEqual([`sms-ghasedak/${version} sms-core/${coreVersion} (+https://github.com/sms-sdk/sms)`]);
  });
});

describe('the gateway transport', () => {
  it('sends the ApiKey header and the same User-Agent to the gateway base URL', async () => {
    const version = versionIn(new URL('../package.json', import.meta.url));
    const gateway = createRequestRecorder({ origin: 'https://gateway.ghasedak.me', secrets: { apiKey: TEST_API_KEY } });
    const seen: Record<string, string>[] = [];
    const dispatcher = gateway.dispatcher.compose((dispatch) => (request, handler) => {
      seen.push(request.headers as Record<string, string>);
      return dispatch(request, handler);
    });
    gateway.reply('GET', '/rest/api/v1/WebService/GetAccountInformation', {
      json: { isSuccess: true, statusCode: 200, message: '', data: { credit: 1 } },
    });
    const provider = createGhasedak({ api: 'gateway', apiKey: TEST_API_KEY, dispatcher });
    try {
      await provider.getBalance();
    } finally {
      await provider.close();
      await gateway.close();
    }
    expect(seen[0]!['ApiKey'] ?? seen[0]!['apikey']).toBe(TEST_API_KEY);
    expect(seen[0]!['user-agent']).toMatch(new RegExp(`^sms-ghasedak/${version.replaceAll('.', '\\.')} `));
  });
});
