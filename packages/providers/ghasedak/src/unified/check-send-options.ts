import { assertListValue, assertSendDate } from '../native/ghasedak-inputs';

export interface SendOptions {
  sendDate: Date | undefined;
  reference: string | undefined;
  /** What each message is until the provider says more: scheduled when it has a send time. */
  status: 'queued' | 'scheduled';
}

/**
 * Checks a message's `sendAt` and `reference` the same way for v2 and the gateway, whatever the send:
 * `referenceName` is how an error names the reference (`messages[2].reference` in a batch).
 */
export function checkSendOptions(
  message: { sendAt?: unknown; reference?: unknown },
  provider: string,
  referenceName = 'reference',
): SendOptions {
  const sendDate = message.sendAt === undefined ? undefined : assertSendDate(message.sendAt, provider);
  const reference =
    message.reference === undefined ? undefined : assertListValue(message.reference, provider, referenceName);
  return { sendDate, reference, status: sendDate === undefined ? 'queued' : 'scheduled' };
}
