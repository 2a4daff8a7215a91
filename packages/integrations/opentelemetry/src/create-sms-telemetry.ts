import { SmsError, type SmsClient, type SmsHooks } from '@sms/core';
import type { RecipientPolicy } from './attributes/set-message-attributes';
import { createTelemetryHooks } from './client/create-telemetry-hooks';
import { instrumentClient } from './client/instrument-sms-client';
import { smsMetricsOf } from './client/sms-metrics';
import { meterOf, tracerOf } from './instrumentation-scope';
import { assertSmsTelemetryOptions, type SmsTelemetryOptions } from './sms-telemetry-options';

const DEFAULT_MAX_RECORDED_RECIPIENTS = 10;
const HOOK_NAMES = ['beforeSend', 'onSent', 'onError', 'aroundAttempt'] as const;

export interface SmsTelemetry {
  /**
   * The client hooks that record a span per provider attempt and the metrics: pass them as `createSmsClient`'s
   * `hooks`. Your own hooks, if any, are given here and run after the telemetry's (an `aroundAttempt` of yours
   * runs inside the attempt's span).
   */
  hooks(own?: SmsHooks): SmsHooks;
  /** The client with a span around each call (`send`, `getStatus`…): the parent of the attempts' spans. */
  instrument(client: SmsClient): SmsClient;
}

function composeHooks(telemetry: SmsHooks, own: SmsHooks): SmsHooks {
  return {
    beforeSend: own.beforeSend,
    async onSent(event) {
      telemetry.onSent!(event);
      await own.onSent?.(event);
    },
    async onError(event) {
      telemetry.onError!(event);
      await own.onError?.(event);
    },
    aroundAttempt:
      own.aroundAttempt === undefined
        ? telemetry.aroundAttempt
        : (event, run) => telemetry.aroundAttempt!(event, () => own.aroundAttempt!(event, run)),
  };
}

/**
 * Spans and metrics for a client, through the tracer and meter providers given or the global ones (no-ops
 * until an OpenTelemetry SDK is registered). Use both halves:
 *
 *     const telemetry = createSmsTelemetry();
 *     const sms = telemetry.instrument(createSmsClient({ providers, hooks: telemetry.hooks() }));
 */
export function createSmsTelemetry(options?: SmsTelemetryOptions): SmsTelemetry {
  assertSmsTelemetryOptions(options);
  const recipients: RecipientPolicy = {
    recording: options?.recipient ?? 'none',
    hashKey: options?.hashKey,
    maxRecorded: options?.maxRecordedRecipients ?? DEFAULT_MAX_RECORDED_RECIPIENTS,
  };
  const tracer = tracerOf(options);
  const metrics = smsMetricsOf(meterOf(options));
  const telemetryHooks = createTelemetryHooks(tracer, metrics, recipients);

  return {
    hooks(own) {
      if (own === undefined) return { ...telemetryHooks };
      if (typeof own !== 'object' || own === null)
        throw new SmsError('telemetry.hooks(own): `own` must be an object of client hooks such as { onSent() {} }.', {
          code: 'INVALID_INPUT',
        });
      for (const name of HOOK_NAMES) {
        if (own[name] !== undefined && typeof own[name] !== 'function')
          throw new SmsError(`telemetry.hooks(own): hook \`${name}\` must be a function.`, { code: 'INVALID_INPUT' });
      }
      return composeHooks(telemetryHooks, own);
    },
    instrument(client) {
      if (typeof client !== 'object' || client === null || typeof (client as SmsClient).send !== 'function')
        throw new SmsError('telemetry.instrument(client) needs a client from createSmsClient.', {
          code: 'INVALID_INPUT',
        });
      return instrumentClient(client, { tracer, metrics, recipients });
    },
  };
}
