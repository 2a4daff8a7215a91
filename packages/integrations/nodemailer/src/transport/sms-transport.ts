import { randomUUID } from 'node:crypto';
import { SmsError, type CallOptions, type SendResult, type SmsMessage, type SmsProvider } from '@sms/core';
import { version as packageVersion } from '../../package.json';
import { collectRecipients, type CollectedRecipients } from '../recipients/collect-recipients';
import { readSender } from '../sender/read-sender';
import { resolveMessageText } from '../text/resolve-message-text';
import type { MailMessageLike } from './mail-message-like';
import type {
  SmsSendCallback,
  SmsSentMessageInfo,
  SmsTransport,
  SmsTransportSettings,
  SmsTransportTarget,
  SmsVerifyCallback,
} from './sms-transport-types';

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).addEventListener === 'function' &&
    typeof (value as AbortSignal).aborted === 'boolean'
  );
}

function asSmsError(thrown: unknown, provider: string | undefined): SmsError {
  if (SmsError.isInstance(thrown)) return thrown;
  const reason = thrown instanceof Error ? thrown.message : String(thrown);
  return new SmsError(`${provider ?? 'The provider'} failed unexpectedly: ${reason}`, {
    code: 'PROVIDER_ERROR',
    outcome: 'unknown',
    cause: thrown,
    ...(provider === undefined ? {} : { provider }),
  });
}

function noValidRecipient(recipients: CollectedRecipients): SmsError {
  if (recipients.rejected.length === 0) {
    // No recipient at all is a message of the wrong shape, as a missing `to` is for client.send.
    return new SmsError('The message has no recipient: set `to`, `cc` or `bcc` to phone numbers. Nothing was sent.', {
      code: 'INVALID_INPUT',
      outcome: 'not-sent',
      retryable: false,
    });
  }
  const reasons = recipients.rejectedErrors.map((error) => error.message).join(' ');
  // INVALID_RECIPIENT as soon as one of them is a string that is not a phone number; INVALID_INPUT when none is even a string.
  const code = recipients.rejectedErrors.some((error) => error.code === 'INVALID_RECIPIENT')
    ? 'INVALID_RECIPIENT'
    : 'INVALID_INPUT';
  return new SmsError(`No recipient is a valid phone number, so nothing was sent. ${reasons}`, {
    code,
    outcome: 'not-sent',
    retryable: false,
  });
}

function plural(count: number): string {
  return `${count} message${count === 1 ? '' : 's'}`;
}

function sentInfo(result: SendResult, recipients: CollectedRecipients, sender: string | undefined): SmsSentMessageInfo {
  const accepted: string[] = [];
  const rejected = [...recipients.rejected];
  const rejectedErrors = [...recipients.rejectedErrors];
  for (const message of result.messages) {
    if (message.status !== 'failed' && message.error === undefined) {
      accepted.push(message.to);
      continue;
    }
    rejected.push(message.to);
    const status = message.providerStatus === undefined ? '' : ` (provider status ${String(message.providerStatus)})`;
    rejectedErrors.push(
      message.error ??
        new SmsError(`${result.provider} reported the message to ${message.to} as failed${status}.`, {
          code: 'PROVIDER_ERROR',
          provider: result.provider,
          outcome: 'not-sent',
          retryable: false,
        }),
    );
  }
  if (accepted.length === 0) {
    throw new SmsError(
      `${result.provider} accepted none of the ${plural(result.messages.length)}: ${rejectedErrors.map((error) => error.message).join(' ')}`,
      {
        code: rejectedErrors.at(-1)?.code ?? 'PROVIDER_ERROR',
        provider: result.provider,
        outcome: 'not-sent',
        retryable: false,
        result,
      },
    );
  }
  const messageId =
    result.messages.find((message) => message.id !== undefined && message.id !== '')?.id ??
    result.batchId ??
    `<${randomUUID()}@sms>`;
  return {
    messageId,
    envelope: { from: sender ?? false, to: recipients.numbers },
    accepted,
    rejected,
    rejectedErrors,
    pending: [],
    response: `250 ${result.provider} accepted ${plural(accepted.length)}`,
    result,
  };
}

/**
 * A Nodemailer transport that sends each mail as an SMS:
 * `nodemailer.createTransport(smsTransport({ client }))`. Recipients come from `to`, `cc` and `bcc` (phone
 * numbers in any notation), the body from `text`; `from` is the sender when it is a phone number or line.
 * It needs no runtime dependency on Nodemailer and fits Nodemailer 6 to 10.
 */
export function smsTransport(target: SmsTransportTarget, settings: SmsTransportSettings = {}): SmsTransport {
  const client = target?.client;
  const provider: SmsProvider | undefined = client === undefined ? target?.provider : undefined;
  if (
    (client === undefined || typeof client.send !== 'function') &&
    (provider === undefined || typeof provider.send !== 'function')
  ) {
    throw new SmsError(
      'smsTransport needs `{ client }` (from createSmsClient) or `{ provider }` (a provider such as createGhasedak()).',
      { code: 'INVALID_INPUT' },
    );
  }
  const useFromAsSender = settings.useFromAsSender ?? true;
  const htmlToText = settings.htmlToText ?? false;

  const sendSms = (message: SmsMessage, options: CallOptions): Promise<SendResult> =>
    client === undefined ? provider!.send(message, options) : client.send(message, options);

  const deliver = async (
    mail: MailMessageLike,
    signal: AbortSignal | undefined,
    startProviderCall: () => boolean,
  ): Promise<SmsSentMessageInfo> => {
    const recipients = collectRecipients(mail.data, settings.defaultCountry);
    if (recipients.numbers.length === 0) throw noValidRecipient(recipients);
    const text = await resolveMessageText(mail, htmlToText);
    const sender =
      (useFromAsSender ? readSender(mail.data.from, settings.defaultCountry) : undefined) ?? settings.sender;
    const message: SmsMessage = { to: recipients.numbers, text, ...(sender === undefined ? {} : { from: sender }) };
    if (!startProviderCall())
      throw new SmsError('The send was settled before it reached the provider.', {
        code: 'ABORTED',
        outcome: 'not-sent',
      });
    const result = await sendSms(message, signal === undefined ? {} : { signal });
    return sentInfo(result, recipients, sender);
  };

  const send = (mail: MailMessageLike, callback: SmsSendCallback): void => {
    const signal = isAbortSignal(mail.data.signal) ? mail.data.signal : undefined;
    let settled = false;
    let providerReached = false;

    const onAbort = (): void => {
      const error = providerReached
        ? new SmsError(
            `The SMS send was aborted while ${provider?.id ?? 'the provider'} was handling it; it may have gone out. Check with getStatus before sending it again.`,
            {
              code: 'ABORTED',
              outcome: 'unknown',
              retryable: false,
              cause: signal?.reason,
              ...(provider === undefined ? {} : { provider: provider.id }),
            },
          )
        : new SmsError('The SMS send was aborted before it reached the provider. Nothing was sent.', {
            code: 'ABORTED',
            outcome: 'not-sent',
            retryable: false,
            cause: signal?.reason,
          });
      finish(error);
    };

    // Called once, outside the promise chain: a callback that throws cannot make the chain call it again,
    // and its exception surfaces as the caller's own uncaught error instead of being swallowed.
    const finish = (error: SmsError | null, info?: SmsSentMessageInfo): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      setImmediate(() => (error === null ? callback(null, info) : callback(error)));
    };

    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    // Returns false when the send was already settled (aborted): the provider is then never called.
    deliver(mail, signal, () => {
      providerReached = !settled;
      return providerReached;
    }).then(
      (info) => finish(null, info),
      (thrown: unknown) => finish(asSmsError(thrown, provider?.id)),
    );
  };

  const checkCredentials = async (): Promise<true> => {
    try {
      if (client !== undefined) {
        const withBalance = client.providers.filter(
          (candidate) => candidate.capabilities.balance && typeof candidate.getBalance === 'function',
        );
        await Promise.all(withBalance.map((candidate) => client.getBalance({ provider: candidate.id })));
      } else if (provider!.capabilities.balance && typeof provider!.getBalance === 'function') {
        await provider!.getBalance();
      }
      return true;
    } catch (thrown) {
      throw asSmsError(thrown, provider?.id);
    }
  };

  function verify(): Promise<true>;
  function verify(callback: SmsVerifyCallback): void;
  function verify(callback?: SmsVerifyCallback): Promise<true> | void {
    const checked = checkCredentials();
    if (typeof callback !== 'function') return checked;
    checked.then(
      (success) => setImmediate(() => callback(null, success)),
      (error: unknown) => setImmediate(() => callback(error as SmsError)),
    );
  }

  return {
    name: 'SmsTransport',
    version: packageVersion,
    supportsAbortSignal: true,
    send,
    verify,
    close() {
      if (settings.closeClient === true) {
        // Nodemailer's close() is fire-and-forget: a failure to close cannot be reported, and must not
        // become an unhandled rejection.
        (client ?? provider!).close().catch(() => undefined);
      }
    },
    isIdle() {
      return true;
    },
  };
}
