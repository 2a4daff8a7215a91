import {
  SmsError,
  type BatchMessage,
  type SendResult,
  type SmsClient,
  type SmsMessage,
  type TemplateMessage,
} from '@sms/core';
import type { SendOptions } from '@sms/core';
import { reviveMessage } from '../jobs/revive-message';
import type { SmsJobData } from '../jobs/sms-job-data';

/** Runs one job's send through the client. */
export function sendJob(client: SmsClient, data: SmsJobData): Promise<SendResult> {
  const options: SendOptions = {};
  if (data.provider !== undefined) options.provider = data.provider;
  if (data.failover !== undefined) options.failover = data.failover;
  const message = reviveMessage(data.message);
  switch (data.operation) {
    case 'send':
      return client.send(message as SmsMessage, options);
    case 'sendBatch':
      return client.sendBatch(message as readonly BatchMessage[], options);
    case 'sendTemplate':
      return client.sendTemplate(message as TemplateMessage, options);
    default:
      return Promise.reject(
        new SmsError(
          `This job's operation "${String(data.operation)}" is not one @sms/queue enqueues; nothing was sent.`,
          {
            code: 'INVALID_INPUT',
            outcome: 'not-sent',
          },
        ),
      );
  }
}
