import type { CallOptions, SendResult, SmsProvider } from '@sms/core';
import { recipientFor, type ProviderName } from './reliability-environment';

export const OPERATIONS = ['send', 'batch', 'template', 'cancel', 'status'] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** A message an operation tries to send, as the simulator should record it. */
export interface AttemptedMessage {
  to: string;
  text: string;
}

export interface OperationPlan {
  /** Messages the faulted call tries to send (empty for cancel and status). */
  attempted: AttemptedMessage[];
  /** Unfaulted set-up before the fault is armed: a scheduled message to cancel, a sent one to query. */
  prepare(provider: SmsProvider): Promise<SendResult | undefined>;
  /** The faulted call: exactly one request to the provider. */
  run(provider: SmsProvider, prepared: SendResult | undefined, options: CallOptions): Promise<unknown>;
}

const TEMPLATES: Record<
  Exclude<ProviderName, 'smspartner'>,
  { template: string; params: Record<string, string> | string[]; text: string }
> = {
  ghasedak: { template: 'otp', params: ['4821'], text: 'Your verification code is 4821' },
  smsafzar: { template: 'TydSt1skQE', params: { code: '4821' }, text: 'Your code is 4821' },
};

/** Two hours ahead, on SMS Partner's 5-minute grid (a whole number of minutes in UTC is one in Paris too). */
export function scheduledTime(): Date {
  const step = 5 * 60_000;
  return new Date(Math.ceil((Date.now() + 2 * 3_600_000) / step) * step);
}

/**
 * The plan of one operation against one provider, or undefined when the provider does not support it (SMS
 * Partner has no provider-side templates). `serial` keeps recipients and texts distinct between cases.
 */
export function planOperation(
  provider: ProviderName,
  operation: OperationName,
  serial: number,
): OperationPlan | undefined {
  const first = recipientFor(provider, serial * 10 + 1);
  const second = recipientFor(provider, serial * 10 + 2);
  const none = async () => undefined;
  switch (operation) {
    case 'send': {
      const text = `fault case ${serial}: send`;
      return {
        attempted: [{ to: first, text }],
        prepare: none,
        run: (instance, _, options) => instance.send({ to: first, text }, options),
      };
    }
    case 'batch': {
      const batch = [
        { to: first, text: `fault case ${serial}: batch one` },
        { to: second, text: `fault case ${serial}: batch two` },
      ];
      return { attempted: batch, prepare: none, run: (instance, _, options) => instance.sendBatch!(batch, options) };
    }
    case 'template': {
      if (provider === 'smspartner') return undefined;
      const template = TEMPLATES[provider];
      return {
        attempted: [{ to: first, text: template.text }],
        prepare: none,
        run: (instance, _, options) =>
          instance.sendTemplate!({ to: first, template: template.template, params: template.params }, options),
      };
    }
    case 'cancel':
      return {
        attempted: [],
        prepare: (instance) =>
          instance.send({ to: first, text: `fault case ${serial}: scheduled`, sendAt: scheduledTime() }),
        run: (instance, prepared, options) => instance.cancel!(prepared!, options),
      };
    case 'status':
      return {
        attempted: [],
        prepare: (instance) => instance.send({ to: first, text: `fault case ${serial}: status` }),
        run: (instance, prepared, options) => instance.getStatus!(prepared!, options),
      };
    default:
      return undefined;
  }
}
