import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import type { SmsErrorCode } from '../errors/sms-error-code';
import { createMemoryProvider, type MemoryProvider } from '../memory/create-memory-provider';
import {
  anything,
  batchLike,
  callOptionsLike,
  countryLike,
  fuzzName,
  fuzzSettings,
  smsMessageLike,
  targetLike,
  templateMessageLike,
} from '../testing/fuzz-inputs';
import { createSmsClient, type SmsClient } from './create-sms-client';
import type { SmsClientOptions } from './sms-client-types';

const REGISTRY = {
  otp: { text: 'Code {code}', memory: { template: 'otp-id', params: ['code'] } },
  welcome: { text: 'Hi {name}' },
};

/** A fresh provider per case, so that what it recorded belongs to this case alone. */
function setup(options: Partial<SmsClientOptions> = { defaultCountry: 'IR' }): {
  provider: MemoryProvider;
  client: SmsClient;
} {
  const provider = createMemoryProvider();
  return { provider, client: createSmsClient({ providers: [provider], ...options }) };
}

/**
 * The property every public entry point has: it resolves, or rejects with an `SmsError` of one of `codes`.
 * Returns the error, if any, for more checks.
 */
async function outcomeOf(call: () => Promise<unknown>, codes: readonly SmsErrorCode[]): Promise<SmsError | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    expect(SmsError.isInstance(error), `not an SmsError: ${String(error)}`).toBe(true);
    expect(codes).toContain((error as SmsError).code);
    return error as SmsError;
  }
}

const INPUT: readonly SmsErrorCode[] = ['INVALID_INPUT', 'INVALID_RECIPIENT'];

describe('the client on arbitrary input from plain JavaScript', () => {
  it(
    fuzzName('send: resolves, or refuses with INVALID_INPUT / INVALID_RECIPIENT before the provider is called'),
    async () => {
      await fc.assert(
        fc.asyncProperty(smsMessageLike, callOptionsLike, async (message, options) => {
          const { provider, client } = setup();
          const error = await outcomeOf(() => client.send(message as never, options as never), INPUT);
          if (error !== undefined) expect(provider.calls).toEqual([]);
          else expect(provider.messages.length).toBeGreaterThan(0);
        }),
        fuzzSettings,
      );
    },
  );

  it(
    fuzzName('send without defaultCountry: only a national number the provider does not know reaches it'),
    async () => {
      await fc.assert(
        fc.asyncProperty(smsMessageLike, async (message) => {
          const { provider, client } = setup({});
          const error = await outcomeOf(() => client.send(message as never), INPUT);
          if (error === undefined || provider.calls.length === 0) return;
          // The client let it through because it may be a number of a country it does not know; the provider,
          // which knows its own, refused it.
          expect(error.code).toBe('INVALID_RECIPIENT');
          const { to } = message as { to: string | string[] };
          expect((Array.isArray(to) ? to : [to]).some((number) => !/^\s*(?:\+|00)/.test(number))).toBe(true);
        }),
        fuzzSettings,
      );
    },
  );

  it(fuzzName('sendBatch: resolves, or refuses before the provider is called'), async () => {
    await fc.assert(
      fc.asyncProperty(batchLike, callOptionsLike, async (messages, options) => {
        const { provider, client } = setup();
        const error = await outcomeOf(() => client.sendBatch(messages as never, options as never), INPUT);
        if (error !== undefined) expect(provider.calls).toEqual([]);
      }),
      fuzzSettings,
    );
  });

  it(
    fuzzName(
      'sendTemplate with a registry: resolves, or refuses (TEMPLATE, UNSUPPORTED too) before the provider is called',
    ),
    async () => {
      await fc.assert(
        fc.asyncProperty(templateMessageLike, callOptionsLike, async (message, options) => {
          const { provider, client } = setup({ defaultCountry: 'IR', templates: REGISTRY });
          // A registry template may need a param that was not given (TEMPLATE), or be asked as a voice call that no binding offers (UNSUPPORTED).
          const error = await outcomeOf(
            () => client.sendTemplate(message as never, options as never),
            [...INPUT, 'TEMPLATE', 'UNSUPPORTED'],
          );
          if (error !== undefined) expect(provider.calls).toEqual([]);
        }),
        fuzzSettings,
      );
    },
  );

  it(fuzzName('sendTemplate without a registry: resolves, or refuses before the provider is called'), async () => {
    await fc.assert(
      fc.asyncProperty(templateMessageLike, async (message) => {
        const { provider, client } = setup();
        const error = await outcomeOf(() => client.sendTemplate(message as never), INPUT);
        if (error !== undefined) expect(provider.calls).toEqual([]);
      }),
      fuzzSettings,
    );
  });

  it(
    fuzzName('cancel and getStatus: resolve, or refuse with INVALID_INPUT before the provider is called'),
    async () => {
      await fc.assert(
        fc.asyncProperty(targetLike, callOptionsLike, async (target, options) => {
          const { provider, client } = setup();
          const canceled = await outcomeOf(() => client.cancel(target as never, options as never), ['INVALID_INPUT']);
          const status = await outcomeOf(() => client.getStatus(target as never, options as never), ['INVALID_INPUT']);
          expect(provider.calls.length).toBe((canceled === undefined ? 1 : 0) + (status === undefined ? 1 : 0));
        }),
        fuzzSettings,
      );
    },
  );

  it(
    fuzzName('getBalance and listInbound: resolve, or refuse with INVALID_INPUT before the provider is called'),
    async () => {
      await fc.assert(
        fc.asyncProperty(anything, callOptionsLike, async (query, options) => {
          const { provider, client } = setup();
          const balance = await outcomeOf(() => client.getBalance(options as never), ['INVALID_INPUT']);
          const inbound = await outcomeOf(
            () => client.listInbound(query as never, options as never),
            ['INVALID_INPUT'],
          );
          expect(provider.calls.length).toBe((balance === undefined ? 1 : 0) + (inbound === undefined ? 1 : 0));
        }),
        fuzzSettings,
      );
    },
  );

  it(
    fuzzName('createSmsClient: a client, or INVALID_INPUT; a client it made sends or fails with an SmsError'),
    async () => {
      const memory = createMemoryProvider();
      const providerLike = fc.oneof(fc.constant(memory), fc.constant(createMemoryProvider({ id: 'other' })), anything);
      const hookLike = fc.oneof(fc.func(fc.oneof(fc.boolean(), anything)), anything);
      const optionsLike = fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record(
            {
              providers: fc.oneof(providerLike, fc.array(providerLike, { maxLength: 3 })),
              strategy: fc.oneof(
                fc.constantFrom('failover', 'round-robin', 'random'),
                fc.func(
                  fc.oneof(
                    fc.array(fc.oneof(fc.constantFrom('memory', 'other'), providerLike), { maxLength: 2 }),
                    anything,
                  ),
                ),
                anything,
              ),
              failover: fc.oneof(fc.constantFrom('not-sent', 'always', 'never', 'sometimes'), anything),
              templates: fc.oneof(
                fc.constant(REGISTRY),
                fc.dictionary(
                  fc.string({ maxLength: 6 }),
                  fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), anything, { maxKeys: 2 }), anything),
                  { maxKeys: 2 },
                ),
                anything,
              ),
              hooks: fc.oneof(
                fc.record({ beforeSend: hookLike, onSent: hookLike, onError: hookLike }, { requiredKeys: [] }),
                anything,
              ),
              defaultCountry: countryLike,
            },
            { requiredKeys: ['providers'] },
          ),
        },
        { weight: 1, arbitrary: anything },
      );
      await fc.assert(
        fc.asyncProperty(optionsLike, async (options) => {
          let client: SmsClient;
          try {
            client = createSmsClient(options as never);
          } catch (error) {
            expect(SmsError.isInstance(error), `not an SmsError: ${String(error)}`).toBe(true);
            expect((error as SmsError).code).toBe('INVALID_INPUT');
            return;
          }
          // A strategy may choose nothing (UNSUPPORTED) or a wrong provider, and beforeSend may veto (ABORTED).
          await outcomeOf(
            () => client.send({ to: '+989121234567', text: 'Hello' }),
            ['INVALID_INPUT', 'UNSUPPORTED', 'ABORTED'],
          );
        }),
        fuzzSettings,
      );
    },
  );
});
