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
