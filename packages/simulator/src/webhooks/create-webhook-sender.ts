import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { WebhookCall } from './webhook-call';

export interface WebhookSender {
  /** POSTs `payload` as JSON to `url` in the background; failures are recorded, never thrown. */
  post(url: string, payload: Record<string, unknown>, at: Date): void;
  calls(): WebhookCall[];
  /** Resolves once every call in flight has finished. */
  settle(): Promise<void>;
  reset(): void;
}

const WEBHOOK_TIMEOUT_MS = 5000;

export function createWebhookSender(): WebhookSender {
  let log: WebhookCall[] = [];
  const inFlight = new Set<Promise<void>>();

  const send = (call: WebhookCall, target: URL): Promise<void> =>
    new Promise((resolve) => {
      const body = Buffer.from(JSON.stringify(call.payload), 'utf8');
      const requester = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const outgoing = requester(
        target,
        {
          method: 'POST',
          agent: false,
          timeout: WEBHOOK_TIMEOUT_MS,
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length), 'User-Agent': 'sms-simulator' },
        },
        (answer) => {
          call.status = answer.statusCode ?? 0;
          answer.resume();
          answer.on('end', resolve);
          answer.on('error', () => resolve());
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
      outgoing.on('error', (error) => {
        call.error = error.message;
        resolve();
      });
      outgoing.end(body);
    });

  return {
    post(url, payload, at) {
      const call: WebhookCall = { url, payload, at: at.toISOString() };
      log.push(call);
      const target = httpTarget(url);
      if (target === undefined) {
        call.error = 'only http and https URLs are called';
        return;
      }
      const pending = send(call, target).finally(() => inFlight.delete(pending));
      inFlight.add(pending);
    },
    calls: () => log.map((call) => ({ ...call })),
    settle: async () => {
      await Promise.all([...inFlight]);
    },
    reset() {
      log = [];
    },
  };
}

/** The URL to call, when it is a valid http or https one. */
function httpTarget(url: string): URL | undefined {
  try {
    const target = new URL(url);
    return /^https?:$/.test(target.protocol) ? target : undefined;
  } catch {
    return undefined;
  }
}
