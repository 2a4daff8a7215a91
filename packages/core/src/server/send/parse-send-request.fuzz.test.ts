import { createSmsClient } from '../../client/create-sms-client';
import { SmsError } from '../../errors/sms-error';
import type { SmsErrorCode } from '../../errors/sms-error-code';
import { createMemoryProvider } from '../../memory/create-memory-provider';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemFromSmsError } from '../problems/problem-from-sms-error';
import { parseSendRequest } from './parse-send-request';

// Fixed, so CI runs the same cases every time; FUZZ_SEED / FUZZ_RUNS explore others.
const SEED = process.env.FUZZ_SEED === undefined ? 15_2026 : Number(process.env.FUZZ_SEED);
const RUNS = process.env.FUZZ_RUNS === undefined ? 10_000 : Number(process.env.FUZZ_RUNS);

const anything = fc.anything({ maxDepth: 2, withNullPrototype: true, withSparseArray: true });
const mostly = <Value>(valid: fc.Arbitrary<Value>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anything });
/** Mostly one of `valid`, sometimes one of `wrong`. */
const often = <Value>(valid: readonly Value[], wrong: readonly Value[]): fc.Arbitrary<Value> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...wrong) });
const phoneLike = fc.oneof(
  fc.constantFrom(
    '+989121234567',
    '09121234567',
    '+33612345678',
    '10008566',
    '۰۹۱۲۱۲۳۴۵۶۷',
    '',
    ' ',
    'not-a-number',
    '123',
  ),
  fc.stringMatching(/^\+?[0-9 ()-]{0,16}$/),
  fc.string({ maxLength: 20 }),
);
const common = {
  to: mostly(fc.oneof(phoneLike, fc.array(mostly(phoneLike), { maxLength: 4 }))),
  from: mostly(often(['10008566', 'ACME'], [''])),
  sendAt: mostly(
    often(['2099-01-01T09:00:00Z', '2099-06-01T13:00:00+03:30'], ['2001-01-01T09:00:00Z', '2099-01-01', 'tomorrow']),
  ),
  reference: mostly(fc.string({ maxLength: 8 })),
  provider: mostly(often(['memory'], ['other'])),
};
const textBody = fc.record(
  {
    ...common,
    text: mostly(fc.oneof(often(['Hello', 'سلام'], ['', ' ']), fc.string({ minLength: 1, maxLength: 40 }))),
  },
  { requiredKeys: ['to', 'text'] },
);
const templateBody = fc.record(
  {
    ...common,
    template: mostly(often(['otp', 'welcome'], [''])),
    params: mostly(
      fc.oneof(
        fc.dictionary(fc.constantFrom('code', 'name'), mostly(fc.string({ maxLength: 6 }))),
        fc.array(mostly(fc.string({ maxLength: 6 })), { maxLength: 2 }),
      ),
    ),
    voice: mostly(fc.boolean()),
  },
  { requiredKeys: ['to', 'template', 'params'] },
);
// Both kinds at once, unknown members, missing ones: mostly refused by the parser.
const mixedBody = fc.record(
  { ...common, text: anything, template: anything, params: anything, priority: fc.string() },
  { requiredKeys: [] },
);
const bodyLike = fc.oneof(
  { weight: 4, arbitrary: textBody },
  { weight: 4, arbitrary: templateBody },
  { weight: 1, arbitrary: mixedBody },
  { weight: 1, arbitrary: anything },
);
const mostlyTrue = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false));
const rulesLike = fc.record({
  maxRecipients: fc.integer({ min: 1, max: 5 }),
  allowProvider: mostlyTrue,
  allowText: mostlyTrue,
  allowTemplates: mostlyTrue,
});

// What the route's client may still refuse once the body is well formed: a number that is not one, an unknown
// provider or a past sendAt, a template the memory provider is asked for as a voice call.
const CLIENT_CODES: readonly SmsErrorCode[] = ['INVALID_INPUT', 'INVALID_RECIPIENT', 'UNSUPPORTED'];

describe('the send route on arbitrary bodies', () => {
  it(`parseSendRequest never throws; what it accepts the client sends or refuses with a 400 problem (${RUNS.toLocaleString('en-US')} cases, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(bodyLike, rulesLike, async (body, rules) => {
        const parsed = parseSendRequest(body, rules);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const problem of parsed.problems) expect(problem.pointer.startsWith('#')).toBe(true);
          return;
        }
        const provider = createMemoryProvider();
        const client = createSmsClient({ providers: provider });
        const { request } = parsed;
        const options = request.provider === undefined ? {} : { provider: request.provider };
        try {
          await (request.kind === 'text'
            ? client.send(request.message, options)
            : client.sendTemplate(request.message, options));
        } catch (error) {
          expect(SmsError.isInstance(error), `not an SmsError: ${String(error)}`).toBe(true);
          expect(CLIENT_CODES).toContain((error as SmsError).code);
          expect(problemFromSmsError(error as SmsError).status).toBe(400);
          // Only a national number the client cannot judge without a country reaches the (Iranian) provider.
          if (provider.calls.length > 0) expect((error as SmsError).code).toBe('INVALID_RECIPIENT');
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
