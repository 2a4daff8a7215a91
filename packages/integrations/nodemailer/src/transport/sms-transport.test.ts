import { PassThrough, Readable } from 'node:stream';
import { createSmsClient, SmsError, type SendResult, type SmsMessage, type SmsProvider } from '@sms/core';
import { createMemoryProvider, type MemoryProvider } from '@sms/core/testing';
import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import type { MailMessageLike } from './mail-message-like';
import { smsTransport } from './sms-transport';
import type { SmsSentMessageInfo } from './sms-transport-types';
import { catchSmsError as caughtSmsError } from '@sms/core/testing';

const ALI = '+989121234567';
const SARA = '+989121234568';
const REZA = '+989351234567';
const MARIE = '+33612345678';

interface Deferred<Value> {
  promise: Promise<Value>;
  resolve: (value: Value) => void;
}

function deferred<Value = void>(): Deferred<Value> {
  let resolve!: (value: Value) => void;
  const promise = new Promise<Value>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

async function caught(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Lets every pending immediate and microtask run, so a second callback call would have happened. */
async function drainEventLoop(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The memory provider behind a gate: `send` waits until the test calls `release()`. With `honourSignal`
 * it gives up on abort as an HTTP provider would after writing its request (outcome `unknown`); without
 * it, it ignores the signal and sends anyway once released.
 */
function gatedProvider(inner: MemoryProvider, options: { honourSignal: boolean }) {
  const entered = deferred();
  const gate = deferred();
  const state: { signal?: AbortSignal | undefined } = {};
  const provider: SmsProvider = {
    id: inner.id,
    capabilities: inner.capabilities,
    close: () => inner.close(),
    async send(message, call) {
      state.signal = call?.signal;
      entered.resolve();
      if (options.honourSignal && call?.signal !== undefined) {
        const signal = call.signal;
        await new Promise<void>((resolve, reject) => {
          const onAbort = () =>
            reject(
              new SmsError('aborted after the request was written', {
                code: 'ABORTED',
                provider: inner.id,
                outcome: 'unknown',
                retryable: false,
              }),
            );
          signal.addEventListener('abort', onAbort, { once: true });
          void gate.promise.then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
          });
        });
      } else {
        await gate.promise;
      }
      return inner.send(message);
    },
  };
  return { provider, entered: entered.promise, release: () => gate.resolve(), state };
}

describe('smsTransport through nodemailer.createTransport().sendMail()', () => {
  it('sends one SMS to one recipient and reports it like a mail transport', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ client: createSmsClient({ providers: memory }) }));

    const info = await transporter.sendMail({ to: ALI, text: 'Your code is 1234' });

    expect(memory.calls).toEqual([{ method: 'send', input: { to: [ALI], text: 'Your code is 1234' } }]);
    expect(memory.messages).toMatchObject([{ to: ALI, text: 'Your code is 1234', status: 'sent' }]);
    expect(info).toEqual({
      messageId: 'memory-1',
      envelope: { from: false, to: [ALI] },
      accepted: [ALI],
      rejected: [],
      rejectedErrors: [],
      pending: [],
      response: '250 memory accepted 1 message',
      result: {
        provider: 'memory',
        messages: [{ to: ALI, id: 'memory-1', status: 'sent', segments: 1 }],
        raw: { messages: ['memory-1'] },
      },
    });
  });

  it('reads recipients from to, cc and bcc in every form Nodemailer accepts, once each', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(
      smsTransport({ client: createSmsClient({ providers: memory }) }, { defaultCountry: 'IR' }),
    );

    const info = await transporter.sendMail({
      to: [{ name: 'Ali', address: ALI }, '"Rostami, Sara" <0912 123 4568>'],
      cc: `${REZA}, ${ALI}`,
      // Nodemailer's own parser leaves a bare number in `name`, with an empty address.
      bcc: { name: MARIE, address: '' },
      text: 'Meeting moved to 10:00',
    });

    expect(memory.calls).toEqual([
      { method: 'send', input: { to: [ALI, SARA, REZA, MARIE], text: 'Meeting moved to 10:00' } },
    ]);
    expect(memory.messages.map((message) => message.to)).toEqual([ALI, SARA, REZA, MARIE]);
    expect(info.accepted).toEqual([ALI, SARA, REZA, MARIE]);
    expect(info.envelope).toEqual({ from: false, to: [ALI, SARA, REZA, MARIE] });
    expect(info.response).toBe('250 memory accepted 4 messages');
    expect(info.messageId).toBe('memory-1');
  });

  it('rejects an invalid recipient with the reason and sends to the others', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

    const info = await transporter.sendMail({
      to: [ALI, 'ali@example.com'],
      cc: 'call me maybe',
      bcc: SARA,
      text: 'Hi',
    });

    expect(memory.calls).toEqual([{ method: 'send', input: { to: [ALI, SARA], text: 'Hi' } }]);
    expect(info.accepted).toEqual([ALI, SARA]);
    expect(info.rejected).toEqual(['ali@example.com', 'call me maybe']);
    expect(info.rejectedErrors).toHaveLength(2);
    expect(info.rejectedErrors.map((error) => [error.code, error.outcome])).toEqual([
      ['INVALID_RECIPIENT', 'not-sent'],
      ['INVALID_RECIPIENT', 'not-sent'],
    ]);
    expect(info.rejectedErrors[0]!.message).toBe(
      'Invalid recipient in to: "ali@example.com" is an email address; this transport sends SMS, so write a phone number such as +989121234567.',
    );
    expect(info.rejectedErrors[1]!.message).toMatch(
      /^Invalid recipient in cc: "call me maybe" is not a valid phone number: /,
    );
    expect(info.response).toBe('250 memory accepted 2 messages');
  });

  it('fails with INVALID_RECIPIENT naming every recipient when none is valid, and sends nothing', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

    const error = await caughtSmsError(() => transporter.sendMail({ to: ['ali@example.com', '12'], text: 'Hi' }));

    expect(error.code).toBe('INVALID_RECIPIENT');
    expect(error.outcome).toBe('not-sent');
    expect(error.message).toMatch(/^No recipient is a valid phone number, so nothing was sent\. /);
    expect(error.message).toContain('"ali@example.com" is an email address');
    expect(error.message).toContain('"12" is not a valid phone number');
    expect(memory.calls).toEqual([]);
  });

  it('fails with INVALID_INPUT when the message has no recipient at all, or none that is even a string', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

    const numeric = await caughtSmsError(() => transporter.sendMail({ to: [989121234567 as never], text: 'Hi' }));
    expect(numeric.code).toBe('INVALID_INPUT');
    const error = await caughtSmsError(() => transporter.sendMail({ text: 'Hi' }));

    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'The message has no recipient: set `to`, `cc` or `bcc` to phone numbers. Nothing was sent.',
    );
    expect(memory.calls).toEqual([]);
  });

  it('reads a stream or a Buffer as the text', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

    await transporter.sendMail({
      to: ALI,
      text: Readable.from([Buffer.from('Your code '), Buffer.from('is 4321 — سلام')]),
    });
    await transporter.sendMail({ to: SARA, text: Buffer.from('From a buffer') });

    expect(memory.messages.map((message) => [message.to, message.text])).toEqual([
      [ALI, 'Your code is 4321 — سلام'],
      [SARA, 'From a buffer'],
    ]);
  });

  it('refuses a message that has only html unless htmlToText is on', async () => {
    const memory = createMemoryProvider();
    const html =
      '<html><head><title>Receipt</title><style>p{color:red}</style></head><body><p>Paid&nbsp;&amp; done.</p><p>See <a href="https://example.com/r?a=1&amp;b=2">your receipt</a></p></body></html>';

    const refusing = nodemailer.createTransport(smsTransport({ provider: memory }));
    const error = await caughtSmsError(() => refusing.sendMail({ to: ALI, html }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'The message has only `html`, and an SMS is plain text: pass `text`, or create the transport with `htmlToText: true`. Nothing was sent.',
    );
    expect(memory.calls).toEqual([]);

    const converting = nodemailer.createTransport(smsTransport({ provider: memory }, { htmlToText: true }));
    await converting.sendMail({ to: ALI, html });
    await converting.sendMail({ to: SARA, html, text: 'The text wins' });

    expect(memory.messages.map((message) => message.text)).toEqual([
      'Paid & done.\nSee your receipt (https://example.com/r?a=1&b=2)',
      'The text wins',
    ]);
  });

  it('refuses a message without any text', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

    const error = await caughtSmsError(() => transporter.sendMail({ to: ALI, subject: 'Only a subject', text: '   ' }));

    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('The message has no text: pass `text` (the SMS body) to sendMail. Nothing was sent.');
    expect(memory.calls).toEqual([]);
  });

  it('uses from as the sender only when it is a phone number or a line', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }, { sender: 'MyShop' }));

    const fromLine = await transporter.sendMail({ from: 'Shop <+9810008566>', to: ALI, text: 'a' });
    await transporter.sendMail({ from: { name: 'Shop', address: '30005088' }, to: ALI, text: 'b' });
    const fromEmail = await transporter.sendMail({ from: 'Shop <noreply@shop.example>', to: ALI, text: 'c' });

    expect(memory.calls.map((call) => (call.input as SmsMessage).from)).toEqual(['10008566', '30005088', 'MyShop']);
    expect(fromLine.envelope.from).toBe('10008566');
    expect(fromEmail.envelope.from).toBe('MyShop');

    const ignoring = nodemailer.createTransport(smsTransport({ provider: memory }, { useFromAsSender: false }));
    const ignored = await ignoring.sendMail({ from: '10008566', to: ALI, text: 'd' });
    expect(memory.calls.at(-1)!.input).toEqual({ to: [ALI], text: 'd' });
    expect(ignored.envelope.from).toBe(false);
  });

  it('takes recipients and the sender from the transporter defaults', async () => {
    const memory = createMemoryProvider();
    const transporter = nodemailer.createTransport(smsTransport({ provider: memory }), {
      from: '10008566',
      bcc: MARIE,
    });

    await transporter.sendMail({ to: ALI, text: 'with defaults' });

    expect(memory.calls).toEqual([
      { method: 'send', input: { to: [ALI, MARIE], text: 'with defaults', from: '10008566' } },
    ]);
  });

  it('passes a provider failure on as the same SmsError', async () => {
    const memory = createMemoryProvider();
    const failure = new SmsError('Not enough credit on memory: top up the account.', {
      code: 'INSUFFICIENT_CREDIT',
      provider: 'memory',
    });
    memory.failWith(failure, 1);
    const transporter = nodemailer.createTransport(smsTransport({ client: createSmsClient({ providers: memory }) }));

    const error = await caught(() => transporter.sendMail({ to: ALI, text: 'Hi' }));

    expect(error).toBe(failure);
    expect(memory.messages).toEqual([]);
  });

  it('wraps anything else a provider throws in an SmsError with an unknown outcome', async () => {
    const broken: SmsProvider = {
      ...createMemoryProvider({ id: 'broken' }),
      async send() {
        throw new TypeError('socket exploded');
      },
    };
    const transporter = nodemailer.createTransport(smsTransport({ provider: broken }));

    const error = await caughtSmsError(() => transporter.sendMail({ to: ALI, text: 'Hi' }));

    expect([error.code, error.outcome, error.provider, error.message]).toEqual([
      'PROVIDER_ERROR',
      'unknown',
      'broken',
      'broken failed unexpectedly: socket exploded',
    ]);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('lists numbers the provider reported as failed in rejected, and fails when every number failed', async () => {
    const memory = createMemoryProvider();
    const failing = (failed: readonly string[]): SmsProvider => ({
      id: 'partial',
      capabilities: memory.capabilities,
      close: () => memory.close(),
      async send(message, call) {
        const result = await memory.send(message, call);
        return {
          ...result,
          provider: 'partial',
          messages: result.messages.map((sent) =>
            failed.includes(sent.to) ? { ...sent, status: 'failed', providerStatus: 14 } : sent,
          ),
        };
      },
    });

    const info = await nodemailer
      .createTransport(smsTransport({ provider: failing([SARA]) }))
      .sendMail({ to: [ALI, SARA], text: 'Hi' });
    expect(info.accepted).toEqual([ALI]);
    expect(info.rejected).toEqual([SARA]);
    expect(info.rejectedErrors.map((error) => [error.code, error.message])).toEqual([
      ['PROVIDER_ERROR', `partial reported the message to ${SARA} as failed (provider status 14).`],
    ]);
    expect(info.response).toBe('250 partial accepted 1 message');

    const error = await caughtSmsError(() =>
      nodemailer.createTransport(smsTransport({ provider: failing([ALI]) })).sendMail({ to: ALI, text: 'Hi' }),
    );
    expect([error.code, error.provider]).toEqual(['PROVIDER_ERROR', 'partial']);
    expect(error.message).toBe(
      `partial accepted none of the 1 message: partial reported the message to ${ALI} as failed (provider status 14).`,
    );
    expect((error.result as SendResult | undefined)?.messages).toHaveLength(1);
  });

  it('makes up a message id when the provider returned none', async () => {
    const memory = createMemoryProvider();
    const withoutIds: SmsProvider = {
      id: 'anonymous',
      capabilities: memory.capabilities,
      close: () => memory.close(),
      async send(message, call): Promise<SendResult> {
        const result = await memory.send(message, call);
        return { ...result, provider: 'anonymous', messages: result.messages.map(({ id: _id, ...sent }) => sent) };
      },
    };

    const info = await nodemailer
      .createTransport(smsTransport({ provider: withoutIds }))
      .sendMail({ to: ALI, text: 'Hi' });

    expect(info.messageId).toMatch(/^<[0-9a-f-]{36}@sms>$/);
  });

  describe('abort through signal', () => {
    it('sends nothing when the signal is already aborted', async () => {
      const memory = createMemoryProvider();
      const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

      // Nodemailer itself refuses a pre-aborted send before the transport sees it.
      const error = await caught(() => transporter.sendMail({ to: ALI, text: 'Hi', signal: AbortSignal.abort() }));

      expect(error).toMatchObject({ name: 'AbortError', code: 'EABORT' });
      expect(memory.calls).toEqual([]);
    });

    it('answers ABORTED (not-sent) when send() is handed an aborted signal', async () => {
      const memory = createMemoryProvider();
      const transport = smsTransport({ provider: memory });
      const mail: MailMessageLike = {
        data: { to: ALI, text: 'Hi', signal: AbortSignal.abort(new Error('user left')) },
        resolveContent: async () => 'Hi',
      };

      const error = await new Promise<Error | null>((resolve) => transport.send(mail, (failure) => resolve(failure)));

      expect(error).toMatchObject({
        code: 'ABORTED',
        outcome: 'not-sent',
        message: 'The SMS send was aborted before it reached the provider. Nothing was sent.',
      });
      expect(memory.calls).toEqual([]);
    });

    it('answers ABORTED (not-sent) and never calls the provider when aborted while the text is read', async () => {
      const memory = createMemoryProvider();
      const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));
      const controller = new AbortController();
      const text = new PassThrough();
      const read = deferred();
      text.once('resume', () => read.resolve());

      const sending = caughtSmsError(() => transporter.sendMail({ to: ALI, text, signal: controller.signal }));
      await read.promise;
      controller.abort();
      const error = await sending;
      // Nodemailer destroys the unread stream once the send failed; ending it as well changes nothing.
      text.end('too late');
      await drainEventLoop();

      expect([error.code, error.outcome]).toEqual(['ABORTED', 'not-sent']);
      expect(memory.calls).toEqual([]);
    });

    it('does not call the provider when the text arrives after the abort', async () => {
      const memory = createMemoryProvider();
      const transport = smsTransport({ provider: memory });
      const controller = new AbortController();
      const content = deferred<unknown>();
      const asked = deferred();
      const mail: MailMessageLike = {
        data: { to: ALI, text: { path: '/slow/file.txt' }, signal: controller.signal },
        resolveContent: () => {
          asked.resolve();
          return content.promise;
        },
      };
      const calls: (Error | null)[] = [];

      transport.send(mail, (error) => calls.push(error));
      await asked.promise;
      controller.abort();
      content.resolve('Read too late');
      await drainEventLoop();

      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ code: 'ABORTED', outcome: 'not-sent' });
      expect(memory.calls).toEqual([]);
    });

    it('stops a slow send and passes the signal to the provider', async () => {
      const memory = createMemoryProvider();
      const gated = gatedProvider(memory, { honourSignal: true });
      const transporter = nodemailer.createTransport(smsTransport({ provider: gated.provider }));
      const controller = new AbortController();

      const sending = caughtSmsError(() => transporter.sendMail({ to: ALI, text: 'Hi', signal: controller.signal }));
      await gated.entered;
      controller.abort();
      const error = await sending;

      expect(gated.state.signal).toBe(controller.signal);
      expect([error.code, error.outcome, error.provider]).toEqual(['ABORTED', 'unknown', 'memory']);
      expect(error.message).toBe(
        'The SMS send was aborted while memory was handling it; it may have gone out. Check with getStatus before sending it again.',
      );
      gated.release();
      await drainEventLoop();
      expect(memory.messages).toEqual([]);
    });

    it('settles at once even when the provider ignores the signal, and calls back only once', async () => {
      const memory = createMemoryProvider();
      const gated = gatedProvider(memory, { honourSignal: false });
      const transporter = nodemailer.createTransport(
        smsTransport({ client: createSmsClient({ providers: gated.provider }) }),
      );
      const controller = new AbortController();
      const calls: [Error | null, unknown][] = [];
      const called = deferred();

      transporter.sendMail({ to: ALI, text: 'Hi', signal: controller.signal }, (error, info) => {
        calls.push([error, info]);
        called.resolve();
      });
      await gated.entered;
      controller.abort();
      await called.promise;
      gated.release();
      await drainEventLoop();

      expect(calls).toHaveLength(1);
      expect(calls[0]![0]).toMatchObject({ code: 'ABORTED', outcome: 'unknown' });
      // The provider went on and sent it: that is why the outcome is `unknown`, not `not-sent`.
      expect(memory.messages.map((message) => message.to)).toEqual([ALI]);
    });
  });

  describe('the callback', () => {
    it('is called exactly once through nodemailer, and its own exception is not swallowed', async () => {
      const memory = createMemoryProvider();
      const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));
      const thrown = deferred<unknown>();
      process.setUncaughtExceptionCaptureCallback((error) => thrown.resolve(error));
      try {
        let calls = 0;
        transporter.sendMail({ to: ALI, text: 'Hi' }, () => {
          calls += 1;
          throw new Error('bug in the caller');
        });
        expect(await thrown.promise).toMatchObject({ message: 'bug in the caller' });
        await drainEventLoop();
        expect(calls).toBe(1);
      } finally {
        process.setUncaughtExceptionCaptureCallback(null);
      }
    });

    it('is called exactly once by send() itself when it throws, on success and on failure', async () => {
      const memory = createMemoryProvider();
      const transport = smsTransport({ provider: memory });
      const thrown: unknown[] = [];
      process.setUncaughtExceptionCaptureCallback((error) => thrown.push(error));
      try {
        for (const to of [ALI, 'not a number']) {
          const calls: [Error | null, SmsSentMessageInfo | undefined][] = [];
          const mail: MailMessageLike = { data: { to, text: 'Hi' }, resolveContent: async () => 'Hi' };
          let synchronous = true;
          transport.send(mail, (error, info) => {
            calls.push([error, info]);
            expect(synchronous).toBe(false);
            throw new Error(`callback for ${to} threw`);
          });
          synchronous = false;
          await drainEventLoop();
          expect(calls).toHaveLength(1);
          expect(calls[0]![0] === null).toBe(to === ALI);
        }
        expect(thrown.map((error) => (error as Error).message)).toEqual([
          `callback for ${ALI} threw`,
          'callback for not a number threw',
        ]);
      } finally {
        process.setUncaughtExceptionCaptureCallback(null);
      }
    });
  });

  describe('verify()', () => {
    it('checks the credentials with a balance call of each provider that has one', async () => {
      const memory = createMemoryProvider();
      const second = createMemoryProvider({ id: 'second' });
      const withoutBalance = createMemoryProvider({ id: 'nobalance', capabilities: { balance: false } });
      const transporter = nodemailer.createTransport(
        smsTransport({ client: createSmsClient({ providers: [memory, withoutBalance, second] }) }),
      );

      await expect(transporter.verify()).resolves.toBe(true);

      expect(memory.calls).toEqual([{ method: 'getBalance', input: undefined }]);
      expect(second.calls).toEqual([{ method: 'getBalance', input: undefined }]);
      expect(withoutBalance.calls).toEqual([]);
    });

    it('resolves true without a call when the provider has no balance', async () => {
      const memory = createMemoryProvider({ capabilities: { balance: false } });
      const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

      await expect(transporter.verify()).resolves.toBe(true);
      expect(memory.calls).toEqual([]);
    });

    it('fails with the provider error on wrong credentials, in both forms', async () => {
      const memory = createMemoryProvider();
      const failure = new SmsError('memory refused the API key: check MEMORY_API_KEY.', {
        code: 'AUTHENTICATION',
        provider: 'memory',
      });
      memory.failWith(failure);
      const transporter = nodemailer.createTransport(smsTransport({ provider: memory }));

      expect(await caught(() => transporter.verify())).toBe(failure);
      const viaCallback = await new Promise<unknown[]>((resolve) =>
        transporter.verify((...args: unknown[]) => resolve(args)),
      );
      expect(viaCallback).toEqual([failure]);

      memory.failWith(undefined);
      const success = await new Promise<unknown[]>((resolve) =>
        transporter.verify((...args: unknown[]) => resolve(args)),
      );
      expect(success).toEqual([null, true]);
    });
  });

  it('describes itself to nodemailer and closes the client only when asked', async () => {
    const memory = createMemoryProvider();
    const transport = smsTransport({ provider: memory });
    expect([transport.name, transport.version, transport.supportsAbortSignal, transport.isIdle()]).toEqual([
      'SmsTransport',
      packageJson.version,
      true,
      true,
    ]);

    const transporter = nodemailer.createTransport(transport);
    expect(transporter.getVersionString()).toContain(`SmsTransport/${packageJson.version}`);
    expect(transporter.isIdle()).toBe(true);
    transporter.close();
    await drainEventLoop();
    expect(memory.closed).toBe(false);

    const owning = nodemailer.createTransport(
      smsTransport({ client: createSmsClient({ providers: memory }) }, { closeClient: true }),
    );
    owning.close();
    await drainEventLoop();
    expect(memory.closed).toBe(true);
  });

  it('refuses to be built without a client or a provider', () => {
    expect(() => smsTransport({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => smsTransport(undefined as never)).toThrow(
      'smsTransport needs `{ client }` (from createSmsClient) or `{ provider }`',
    );
  });
});
