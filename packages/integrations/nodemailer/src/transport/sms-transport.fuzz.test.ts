import { SmsError } from '@sms/core';
import { createMemoryProvider } from '@sms/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MailDataLike, MailMessageLike } from './mail-message-like';
import { smsTransport } from './sms-transport';
import type { SmsSentMessageInfo } from './sms-transport-types';

// Fixed, so CI runs the same cases every time; FUZZ_SEED / FUZZ_RUNS explore others.
const SEED = process.env.FUZZ_SEED === undefined ? 15_2026 : Number(process.env.FUZZ_SEED);
const RUNS = process.env.FUZZ_RUNS === undefined ? 10_000 : Number(process.env.FUZZ_RUNS);

const anything = fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true, withBoxedValues: true });
const mostly = <Value>(valid: fc.Arbitrary<Value>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: anything });
const numberLike = fc.oneof(
  fc.constantFrom(
    '+989121234567',
    '09121234567',
    '+33612345678',
    '10008566',
    '۰۹۱۲۱۲۳۴۵۶۷',
    'Ali <+989121234567>',
    'ali@example.com',
    '',
    'call me',
    '12',
  ),
  fc.stringMatching(/^\+?[0-9 ()-]{0,16}$/),
  fc.string({ maxLength: 20 }),
);
const addressLike = mostly(
  fc.oneof(numberLike, fc.record({ name: mostly(numberLike), address: mostly(numberLike) }, { requiredKeys: [] })),
);
const fieldLike = fc.oneof(
  addressLike,
  fc.array(addressLike, { maxLength: 3 }),
  fc.record({ group: fc.array(addressLike, { maxLength: 2 }) }),
);
const mailDataLike = fc.record(
  {
    to: fieldLike,
    cc: fieldLike,
    bcc: fieldLike,
    from: fieldLike,
    text: mostly(
      fc.oneof(
        fc.constantFrom('Hello', 'سلام', '', ' '),
        fc.string({ maxLength: 40 }),
        fc.string().map((text) => Buffer.from(text)),
      ),
    ),
    html: mostly(fc.constantFrom('<p>Hi</p>', '<br>', '')),
  },
  { requiredKeys: [] },
);
const settingsLike = fc.record(
  { defaultCountry: fc.constantFrom('IR', undefined), htmlToText: fc.boolean(), useFromAsSender: fc.boolean() },
  { requiredKeys: [] },
);

/** What Nodemailer hands the transport: the message data, and its reader of content fields. */
function mailOf(data: MailDataLike): MailMessageLike {
  return { data, resolveContent: async (source, key) => (source as Record<string, unknown>)[key] };
}

describe('the Nodemailer transport on arbitrary messages', () => {
  it(`send calls back once with the info or an SmsError (INVALID_INPUT / INVALID_RECIPIENT), and then sent nothing (${RUNS.toLocaleString('en-US')} cases, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(mailDataLike, settingsLike, async (data, settings) => {
        const memory = createMemoryProvider();
        const transport = smsTransport({ provider: memory }, settings as never);
        const answers: [Error | null, SmsSentMessageInfo | undefined][] = [];
        await new Promise<void>((done) => {
          transport.send(mailOf(data as MailDataLike), (error, info) => {
            answers.push([error, info]);
            done();
          });
        });
        // A second call of the callback would come on a later turn of the event loop.
        await new Promise((turn) => setImmediate(turn));
        expect(answers).toHaveLength(1);
        const [error, info] = answers[0]!;
        if (error === null) {
          expect(info!.accepted.length).toBeGreaterThan(0);
          expect(memory.calls).toHaveLength(1);
          return;
        }
        expect(SmsError.isInstance(error), `not an SmsError: ${String(error)}`).toBe(true);
        expect(['INVALID_INPUT', 'INVALID_RECIPIENT']).toContain((error as SmsError).code);
        expect(memory.calls).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
