import { SmsError, type SmsProvider } from '@sms/core';
import { createGhasedak } from '@sms/ghasedak';
import { createSmsAfzar } from '@sms/smsafzar';
import { createSmsPartner } from '@sms/smspartner';
import fc from 'fast-check';
import { MockAgent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect } from './support/collected-evidence';
import {
  failureOf,
  PROVIDER_NAMES,
  recipientFor,
  recordedRecipient,
  startReliabilityEnvironment,
  type ProviderName,
  type ReliabilityEnvironment,
} from './support/reliability-environment';
import { SUITE_CREDENTIALS } from './support/suite-credentials';

// Every provider's request builder on random Unicode text with commas, quotes, newlines and emoji: the text
// reaches the provider exactly as given, or the send is refused with INVALID_INPUT before any request.
//
// Two layers. The 10,000-case property per provider runs against undici's MockAgent, decoding the captured
// request body the way the provider's server does (form fields for Ghasedak, JSON for SMSAfzar and SMS
// Partner): 10,000 real HTTP round trips per provider would take minutes on 2 cores. A smaller property
// (SIMULATOR_RUNS per provider, send and sendBatch) runs the same texts end to end against @sms/simulator and
// compares what it recorded.
const MOCK_RUNS = 10_000;
const SIMULATOR_RUNS = 300;

const TRICKY = [
  ',',
  ',,',
  '"',
  "'",
  '\n',
  '\r\n',
  '\r',
  '\t',
  '😀',
  '👨‍👩‍👧',
  '🇮🇷',
  '&',
  '=',
  '+',
  '%',
  '%2C',
  '\\',
  '\u0000',
  'سلام، دنیا',
  '\u200c',
  '\ufeff',
  ' ',
  '  ',
  '{',
  '}',
  '[',
  ']',
  '<b>',
  ':br:',
  '€',
  'é',
  '\u2028',
  ';',
  '?',
  '#',
];

const text = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

// The two known issues below are checked by their own failing tests; the end-to-end properties leave out the
// texts that would only find them again, so that they keep checking everything else.
const isBlank = (value: string) => value !== '' && value.trim() === '';
const hasOuterWhitespace = (value: string) => value !== value.trim();
const endToEndText = text.filter((value) => !isBlank(value));
const batchTextFor = (name: ProviderName) =>
  name === 'ghasedak' ? endToEndText.filter((value) => !hasOuterWhitespace(value)) : endToEndText;

interface MockedProvider {
  provider: SmsProvider;
  /** The texts the provider put on the wire, decoded as the server decodes them, in request order. */
  wireTexts: string[];
  wireRecipients: string[];
  agent: MockAgent;
}

function mockProvider(name: ProviderName): MockedProvider {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const wireTexts: string[] = [];
  const wireRecipients: string[] = [];
  let provider: SmsProvider;
  if (name === 'ghasedak') {
    agent
      .get('https://api.ghasedak.me')
      .intercept({ path: (path) => path.startsWith('/v2/sms/send/simple'), method: 'POST' })
      .reply(200, (options) => {
        const form = new URLSearchParams(String(options.body));
        wireTexts.push(form.get('message') ?? '<missing>');
        wireRecipients.push(form.get('receptor') ?? '<missing>');
        return { result: { code: 200, message: 'success' }, items: [2_578_793_735 + wireTexts.length] };
      })
      .persist();
    provider = createGhasedak({ apiKey: SUITE_CREDENTIALS.ghasedakApiKey, lineNumber: '10008566', dispatcher: agent });
  } else if (name === 'smsafzar') {
    agent
      .get('https://api.smsafzar.ir')
      .intercept({ path: (path) => path.startsWith('/messages/send'), method: 'POST' })
      .reply(200, (options) => {
        const body = JSON.parse(String(options.body)) as {
          content?: unknown;
          recipientNumber?: unknown;
          senderNumber?: unknown;
        };
        wireTexts.push(typeof body.content === 'string' ? body.content : '<missing>');
        wireRecipients.push(String(body.recipientNumber));
        const id = `ec28329d-503f-4e9e-be82-${String(wireTexts.length).padStart(12, '0')}`;
        return {
          batchId: `03bd52ed-8cb0-4a43-b9e7-${String(wireTexts.length).padStart(12, '0')}`,
          message: {
            sentMessageId: id,
            senderNumber: body.senderNumber,
            recipientNumber: body.recipientNumber,
            content: body.content,
            language: 'English',
            operator: 'Mci',
            parts: '1',
            cost: '1,800',
            messageStatus: 1,
          },
        };
      })
      .persist();
    provider = createSmsAfzar({
      apiKey: SUITE_CREDENTIALS.smsafzarApiKey,
      senderNumber: '10001000',
      dispatcher: agent,
    });
  } else {
    agent
      .get('https://api.smspartner.fr')
      .intercept({ path: (path) => path.startsWith('/v1/send'), method: 'POST' })
      .reply(200, (options) => {
        const body = JSON.parse(String(options.body)) as { message?: unknown; phoneNumbers?: unknown };
        wireTexts.push(typeof body.message === 'string' ? body.message : '<missing>');
        wireRecipients.push(String(body.phoneNumbers));
        return {
          success: true,
          code: 200,
          message_id: 300 + wireTexts.length,
          nb_sms: 1,
          cost: 0.038,
          currency: 'EUR',
        };
      })
      .persist();
    provider = createSmsPartner({ apiKey: SUITE_CREDENTIALS.smspartnerApiKey, sender: 'Reliable', dispatcher: agent });
  }
  return { provider, wireTexts, wireRecipients, agent };
}

const WIRE_RECIPIENT: Record<ProviderName, (e164: string) => string> = {
  ghasedak: (e164) => `0${e164.slice(3)}`,
  smsafzar: (e164) => `0${e164.slice(3)}`,
  smspartner: (e164) => e164,
};

function expectRefusedBeforeAnyRequest(
  error: unknown,
  requestsBefore: number,
  requestsAfter: number,
  value: string,
): void {
  collect('request builder refusal', error);
  expect(SmsError.isInstance(error), `${String(error)} for ${JSON.stringify(value)}`).toBe(true);
  expect((error as SmsError).code, `${(error as SmsError).message} for ${JSON.stringify(value)}`).toBe('INVALID_INPUT');
  expect(requestsAfter).toBe(requestsBefore);
}

describe.each(PROVIDER_NAMES)('%s request builder, MockAgent (property, 10,000 cases)', (name) => {
  it('puts the text on the wire exactly as given, or refuses it with INVALID_INPUT before any request', async () => {
    const mocked = mockProvider(name);
    const to = recipientFor(name, 7);
    let sent = 0;
    try {
      await fc.assert(
        fc.asyncProperty(text, async (value) => {
          const before = mocked.wireTexts.length;
          try {
            await mocked.provider.send({ to, text: value });
          } catch (error) {
            expectRefusedBeforeAnyRequest(error, before, mocked.wireTexts.length, value);
            return;
          }
          sent += 1;
          expect(mocked.wireTexts.length).toBe(before + 1);
          expect(mocked.wireTexts[before]).toBe(value);
          expect(mocked.wireRecipients[before]).toBe(WIRE_RECIPIENT[name](to));
        }),
        { numRuns: MOCK_RUNS },
      );
    } finally {
      await mocked.provider.close();
      await mocked.agent.close();
    }
    // Most cases must have gone through, or the property would say little about the wire.
    expect(sent).toBeGreaterThan(MOCK_RUNS * 0.5);
  });
});

describe('request builders end to end against the simulator (property, reduced runs)', () => {
  let environment: ReliabilityEnvironment;
  beforeAll(async () => {
    environment = await startReliabilityEnvironment({ deliveryDelayMs: null });
  });
  beforeEach(() => environment.simulator.reset());
  afterAll(async () => {
    const { socketsLeftOpen } = await environment.close();
    expect(socketsLeftOpen).toBe(0);
  });

  it.each(PROVIDER_NAMES)(
    '%s: send records the text exactly as given, or refuses it before any request',
    async (name) => {
      const provider = environment.create(name);
      const to = recipientFor(name, 11);
      await fc.assert(
        fc.asyncProperty(endToEndText, async (value) => {
          const before = environment.simulator.messages({ provider: name }).length;
          const bytesBefore = environment.proxy.bytesFromClients();
          try {
            const result = await provider.send({ to, text: value });
            const added = environment.simulator.messages({ provider: name }).slice(before);
            expect(added.map((message) => [message.text, recordedRecipient(message), message.id])).toEqual([
              [value, to, result.messages[0]!.id],
            ]);
          } catch (error) {
            expectRefusedBeforeAnyRequest(
              error,
              before,
              environment.simulator.messages({ provider: name }).length,
              value,
            );
            expect(environment.proxy.bytesFromClients(), 'bytes sent to the provider').toBe(bytesBefore);
          }
        }),
        { numRuns: SIMULATOR_RUNS },
      );
    },
  );

  it.each(PROVIDER_NAMES)('%s: sendBatch records every text exactly as given, in order', async (name) => {
    const provider = environment.create(name);
    await fc.assert(
      fc.asyncProperty(fc.array(batchTextFor(name), { minLength: 1, maxLength: 4 }), async (texts) => {
        const batch = texts.map((value, index) => ({ to: recipientFor(name, 100 + index), text: value }));
        const before = environment.simulator.messages({ provider: name }).length;
        try {
          const result = await provider.sendBatch!(batch);
          const byKey = new Map(
            environment.simulator
              .messages({ provider: name })
              .slice(before)
              .map((message) => [`${message.id}|${recordedRecipient(message)}`, message.text]),
          );
          expect(byKey.size).toBe(batch.length);
          expect(result.messages.map((message) => byKey.get(`${message.id}|${message.to}`))).toEqual(texts);
        } catch (error) {
          expectRefusedBeforeAnyRequest(
            error,
            before,
            environment.simulator.messages({ provider: name }).length,
            JSON.stringify(texts),
          );
        }
      }),
      { numRuns: Math.floor(SIMULATOR_RUNS / 2) },
    );
  });

  // A text of nothing but whitespace would be a paid, blank SMS (the simulated SMSAfzar accepts and charges it):
  // every provider must refuse it before any request, through core's assertText.
  it.each(PROVIDER_NAMES)('%s: a text of only whitespace is refused before any request', async (name) => {
    const provider = environment.create(name);
    for (const value of [' ', '\n', ' \u00a0\ufeff ']) {
      const bytesBefore = environment.proxy.bytesFromClients();
      const recordedBefore = environment.simulator.messages({ provider: name }).length;
      const error = await failureOf(`${name} blank text`, () =>
        provider.send({ to: recipientFor(name, 12), text: value }),
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(environment.simulator.messages({ provider: name })).toHaveLength(recordedBefore);
      expect(environment.proxy.bytesFromClients(), 'bytes sent to the provider').toBe(bytesBefore);
    }
  });

  // The simulator, like the documented server, splits `sms/send/bulk` lists on commas and trims each item, so
  // @sms/ghasedak sends texts with surrounding whitespace through `sms/send/simple`, as it does for commas.
  it('ghasedak: a batch text with leading or trailing whitespace is recorded exactly', async () => {
    const provider = environment.create('ghasedak');
    const batch = [
      { to: recipientFor('ghasedak', 200), text: ' leading space' },
      { to: recipientFor('ghasedak', 201), text: 'trailing byte order mark\ufeff' },
    ];
    const result = await provider.sendBatch!(batch);
    const byId = new Map(
      environment.simulator.messages({ provider: 'ghasedak' }).map((message) => [message.id, message.text]),
    );
    expect(result.messages.map((message) => byId.get(message.id!))).toEqual(batch.map((message) => message.text));
  });
});
