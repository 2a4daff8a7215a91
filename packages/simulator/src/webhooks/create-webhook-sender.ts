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

/** Why a call failed, in the words of the network error behind fetch's own `fetch failed`. */
function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Each webhook is one `fetch`, without retries: `timeoutMs` (5 s by default) bounds the whole call, answer
 * body included. Redirects are not followed, so the receiver's own status is what is recorded.
 */
export function createWebhookSender(timeoutMs = WEBHOOK_TIMEOUT_MS): WebhookSender {
  let log: WebhookCall[] = [];
  const inFlight = new Set<Promise<void>>();

  const send = async (call: WebhookCall, target: URL): Promise<void> => {
    let answer: Response;
    try {
      answer = await fetch(target, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'sms-simulator' },
        body: JSON.stringify(call.payload),
      });
    } catch (error) {
      call.error = failureReason(error, timeoutMs);
      return;
    }
    call.status = answer.status;
    // Read to its end, which frees the connection; a body that breaks off changes nothing recorded.
    await answer.arrayBuffer().catch(() => undefined);
  };

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
