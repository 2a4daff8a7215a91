import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import { createMemoryProvider } from '../memory/create-memory-provider';
import { createSmsClient } from './create-sms-client';

const MESSAGE = { to: '+989121234567', text: 'Hello' };

describe('the aroundAttempt hook', () => {
  it('runs each provider request inside the context the hook sets, once per attempt', async () => {
    const context = new AsyncLocalStorage<string>();
    const first = createMemoryProvider({ id: 'first' });
    const second = createMemoryProvider({ id: 'second' });
    first.failWith(new SmsError('No credit', { code: 'INSUFFICIENT_CREDIT', outcome: 'not-sent' }), 1);
    const seen: (string | undefined)[] = [];
    const client = createSmsClient({
      providers: [first, second],
      hooks: {
        aroundAttempt: (event, run) => context.run(`${event.provider}#${event.attempt}`, run),
        onSent: () => void seen.push(context.getStore()),
      },
    });
    const sendOf = (provider: typeof first) => {
      const send = provider.send.bind(provider);
      provider.send = (message, options) => {
        seen.push(context.getStore());
        return send(message, options);
      };
    };
    sendOf(first);
    sendOf(second);

    const result = await client.send(MESSAGE);
    expect(result.provider).toBe('second');
    // The requests ran in each attempt's context; the onSent hook runs after it, outside.
    expect(seen).toEqual(['first#1', 'second#2', undefined]);
    expect(second.messages).toHaveLength(1);
  });

  it('never sends twice, and still sends when the hook throws or forgets to call run', async () => {
    const memory = createMemoryProvider();
    const twice = createSmsClient({
      providers: memory,
      hooks: {
        aroundAttempt: async (_event, run) => {
          await run();
          return run();
        },
      },
    });
    await twice.send(MESSAGE);
    expect(memory.messages).toHaveLength(1);

    const forgets = createSmsClient({ providers: memory, hooks: { aroundAttempt: async () => undefined as never } });
    await forgets.send(MESSAGE);
    expect(memory.messages).toHaveLength(2);

    const throws = createSmsClient({
      providers: memory,
      hooks: {
        aroundAttempt: () => {
          throw new Error('hook bug');
        },
      },
    });
    await throws.send(MESSAGE);
    expect(memory.messages).toHaveLength(3);
  });

  it('passes the attempt’s own error through, whatever the hook throws', async () => {
    const memory = createMemoryProvider();
    memory.failWith(new SmsError('Bad sender', { code: 'INVALID_SENDER', outcome: 'not-sent' }), 1);
    const client = createSmsClient({
      providers: memory,
      hooks: {
        aroundAttempt: async (_event, run) => {
          await run().catch(() => undefined);
          throw new Error('hook bug');
        },
      },
    });
    await expect(client.send(MESSAGE)).rejects.toMatchObject({ code: 'INVALID_SENDER' });
  });

  it('must be a function', () => {
    expect(() => createSmsClient({ providers: createMemoryProvider(), hooks: { aroundAttempt: 1 as never } })).toThrow(
      /aroundAttempt/,
    );
  });
});
