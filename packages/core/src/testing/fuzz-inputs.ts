// What this package's fuzz tests (`*.fuzz.test.ts`) generate. Not exported: fast-check is a dev dependency.
import fc from 'fast-check';

/** Fixed, so CI runs the same cases every time; `FUZZ_SEED=… vitest run fuzz` explores others. */
export const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? 15_2026 : Number(process.env.FUZZ_SEED);
/** Cases per public input builder; `FUZZ_RUNS` raises it for a longer exploration. */
export const FUZZ_RUNS = process.env.FUZZ_RUNS === undefined ? 10_000 : Number(process.env.FUZZ_RUNS);
export const fuzzSettings = { seed: FUZZ_SEED, numRuns: FUZZ_RUNS };
/** A test name that states how many cases it runs and with which seed, so the CI log holds the figures. */
export const fuzzName = (what: string): string =>
  `${what} (${FUZZ_RUNS.toLocaleString('en-US')} cases, seed ${FUZZ_SEED})`;

/** Any value plain JavaScript can pass: primitives, null-prototype and sparse objects, dates, maps, typed arrays… */
export const anything = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Mostly `valid`, sometimes any value at all: most cases get far into the code, and every field is also tried wrong. */
export const mostly = <Value>(valid: fc.Arbitrary<Value>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anything });

const VALID_NUMBERS = [
  '+989121234567',
  '09121234567',
  '9121234567',
  '00989121234567',
  '+33612345678',
  '+12025550123',
  '10008566',
  '+9810008566',
  '36123',
  '۰۹۱۲۱۲۳۴۵۶۷',
  '+98 912 123 4567',
];

/** Strings near phone numbers: valid ones in every notation, digit soup with separators, and junk. */
export const phoneLike = fc.oneof(
  fc.constantFrom(...VALID_NUMBERS),
  fc.stringMatching(/^\+?[0-9۰-۹٠-٩ ().-]{0,18}$/),
  fc.constantFrom('', ' ', 'not-a-number', '+', '00', '0', '123', '+98912', 'Ali <+989121234567>'),
  fc.string({ maxLength: 24 }),
);

export const recipientsLike = mostly(
  fc.oneof(phoneLike, fc.array(phoneLike, { maxLength: 4 }), fc.array(mostly(phoneLike), { maxLength: 3 })),
);

export const textLike = mostly(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('Hello', 'سلام، کد شما ۱۲۳۴', 'a,b') },
    fc.constantFrom('', '  ', '\n'),
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 200 }) },
  ),
);

/** Dates in the past, in the future, invalid ones, and things that are not dates. */
export const dateLike = mostly(
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 60_000, max: 10 ** 10 }).map((ahead) => new Date(Date.now() + ahead)) },
    fc.date({ noInvalidDate: false }),
  ),
);

const optionalString = mostly(fc.string({ maxLength: 16 }));

const providerOptionsLike = mostly(
  fc.dictionary(fc.string({ maxLength: 10 }), mostly(fc.object({ maxDepth: 1 })), { maxKeys: 2 }),
);

/** `send` messages: mostly of the right shape with one field or another wrong, sometimes anything at all. */
export const smsMessageLike = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        to: recipientsLike,
        text: textLike,
        from: optionalString,
        sendAt: dateLike,
        reference: optionalString,
        providerOptions: providerOptionsLike,
      },
      { requiredKeys: ['to', 'text'] },
    ),
  },
  { weight: 1, arbitrary: anything },
);

export const batchLike = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(
      mostly(
        fc.record(
          { to: mostly(phoneLike), text: textLike, from: optionalString, sendAt: dateLike, reference: optionalString },
          { requiredKeys: ['to', 'text'] },
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: anything },
);

const paramsLike = mostly(
  fc.oneof(
    fc.dictionary(
      fc.constantFrom('code', 'name', 'toString', 'constructor', '__proto__'),
      mostly(fc.string({ maxLength: 8 })),
      { maxKeys: 3 },
    ),
    fc.array(mostly(fc.string({ maxLength: 8 })), { maxLength: 3 }),
    fc.constantFrom(null, undefined, 'code'),
  ),
);

export const templateMessageLike = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        to: recipientsLike,
        template: mostly(fc.constantFrom('otp', 'welcome', 'unknown', 'constructor', '__proto__', 'toString', '')),
        params: paramsLike,
        from: optionalString,
        sendAt: dateLike,
        reference: optionalString,
        voice: mostly(fc.boolean()),
        providerOptions: providerOptionsLike,
      },
      { requiredKeys: ['to', 'template', 'params'] },
    ),
  },
  { weight: 1, arbitrary: anything },
);

/** Call options: right and wrong signals and timeouts, provider ids and failover policies. */
export const callOptionsLike = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  fc.record(
    {
      signal: mostly(fc.constant(new AbortController().signal)),
      timeoutMs: mostly(
        fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -10, max: 2 ** 32 }), fc.double()),
      ),
      provider: mostly(fc.constantFrom('memory', 'memory', 'other')),
      failover: mostly(fc.constantFrom('not-sent', 'always', 'never', 'sometimes')),
    },
    { requiredKeys: [] },
  ),
  { weight: 1, arbitrary: anything },
);

/** `cancel` and `getStatus` targets: ids, lists of ids and references, SendResults (good, foreign and broken), anything. */
export const targetLike = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.record(
        { id: fc.oneof(fc.string({ maxLength: 12 }), anything), to: fc.oneof(phoneLike, anything) },
        { requiredKeys: [] },
      ),
      anything,
    ),
    { maxLength: 3 },
  ),
  fc.record(
    {
      provider: fc.oneof(fc.constantFrom('memory', 'other'), anything),
      batchId: optionalString,
      sendAt: fc.oneof(dateLike, fc.constantFrom('2030-01-01T00:00:00Z', 'soon')),
      messages: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record(
              { to: phoneLike, id: optionalString, status: fc.constant('sent'), batchId: optionalString },
              { requiredKeys: ['to', 'status'] },
            ),
            anything,
          ),
          { maxLength: 3 },
        ),
        anything,
      ),
      raw: anything,
    },
    { requiredKeys: ['messages'] },
  ),
  anything,
);

export const countryLike = fc.oneof(fc.constantFrom('IR', 'FR', 'US', 'XX', 'ir', 'IRN', '', 'constructor'), anything);
