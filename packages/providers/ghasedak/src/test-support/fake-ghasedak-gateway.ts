import { createRequestRecorder, type MockAnswer, type RecordedRequest } from '@sms/core/provider-utils';
import { GATEWAY_ORIGIN, GATEWAY_PATH, gatewayErrorAnswer, gatewaySuccessAnswer } from './mock-ghasedak-gateway';

/** A stored message of the fake: what `CheckSmsStatus` reports on. */
interface FakeMessage {
  messageId: string;
  receptor: string;
  message: string;
  lineNumber: string;
  clientReferenceId: string | null;
}

export interface FakeGhasedakGateway {
  /** The dispatcher to give the providers (`dispatcher` setting, `baseUrl` left at its gateway default). */
  readonly dispatcher: ReturnType<typeof createRequestRecorder>['dispatcher'];
  close(): Promise<void>;
}

// Enough answers for any test run: the fake is a stand-in server, not a list of prepared replies.
const ALWAYS = 100_000;

/**
 * A small stateful stand-in for the gateway on an undici MockAgent, for the conformance suite until the
 * simulator serves the gateway: it knows one API key, sends (single, bulk, pair-to-pair), answers
 * `CheckSmsStatus` for what it sent (status 3, handed to the operator) and `GetAccountInformation`. Keys of
 * bodies are matched in any case, as the real server does.
 */
export function createFakeGhasedakGateway(apiKey: string): FakeGhasedakGateway {
  const recorder = createRequestRecorder({ origin: GATEWAY_ORIGIN, secrets: { apiKey } });
  const messages = new Map<string, FakeMessage>();
  let nextId = 23_304_988;

  // The recorder shows the known key as its marker; any other key is a wrong one.
  const authorised = (request: RecordedRequest): boolean => request.headers.apikey === '[apiKey]';
  const store = (receptor: string, message: string, lineNumber: string, reference: unknown): FakeMessage => {
    const stored: FakeMessage = {
      messageId: String(nextId++),
      receptor,
      message,
      lineNumber,
      clientReferenceId: typeof reference === 'string' ? reference : null,
    };
    messages.set(stored.messageId, stored);
    return stored;
  };
  const sent = (stored: FakeMessage) => ({ ...stored, cost: 1000, sendDate: '2026-01-01T10:00:00+03:30' });
  const bodyOf = (request: RecordedRequest): Record<string, unknown> => {
    const body = request.body;
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  };
  const route = (method: 'GET' | 'POST', name: string, answer: (request: RecordedRequest) => MockAnswer): void => {
    recorder.reply(
      method,
      `${GATEWAY_PATH}${name}`,
      (request) => (authorised(request) ? answer(request) : gatewayErrorAnswer(401, 401, 'کلید نامعتبر است')),
      { times: ALWAYS },
    );
  };

  route('POST', 'SendSingleSMS', (request) => {
    const body = bodyOf(request);
    const stored = store(
      String(body.receptor),
      String(body.message),
      String(body.lineNumber ?? '21000000'),
      body.clientReferenceId,
    );
    return gatewaySuccessAnswer(sent(stored));
  });
  route('POST', 'SendBulkSMS', (request) => {
    const body = bodyOf(request);
    const line = String(body.lineNumber ?? '21000000');
    const receptors = (body.receptors as string[]).map((receptor) => store(receptor, String(body.message), line, null));
    // Reversed on purpose: clients must match by receptor, not by position.
    return gatewaySuccessAnswer({
      cost: 1000 * receptors.length,
      lineNumber: line,
      clientReferenceId: body.clientReferenceId ?? null,
      receptors: receptors.reverse().map((stored) => ({ receptor: stored.receptor, messageId: stored.messageId })),
      message: body.message,
      sendDate: '2026-01-01T10:00:00+03:30',
    });
  });
  route('POST', 'SendPairToPairSMS', (request) => {
    const items = bodyOf(request).items as Record<string, unknown>[];
    const stored = items.map((item) =>
      store(String(item.receptor), String(item.message), String(item.lineNumber), item.clientReferenceId),
    );
    return gatewaySuccessAnswer({ items: stored.reverse().map(sent) });
  });
  route('GET', 'CheckSmsStatus', (request) => {
    const ids = (request.query?.Ids ?? '').split(',');
    const byReference = request.query?.Type === '2';
    const found = [...messages.values()].filter((stored) =>
      ids.includes(byReference ? (stored.clientReferenceId ?? '') : stored.messageId),
    );
    return gatewaySuccessAnswer(
      found.map((stored) => ({ ...stored, status: 3, price: 1000, sendDate: '2026-01-01T10:00:00' })),
    );
  });
  route('GET', 'GetAccountInformation', () =>
    gatewaySuccessAnswer({ credit: 9_135_538, expireDate: '2027-07-16T10:48:21+03:30', plan: 'نقره ای' }),
  );

  return {
    dispatcher: recorder.dispatcher,
    // The agent is closed directly: the recorder's own close reports the standing routes as unused replies.
    close: () => recorder.agent.close(),
  };
}
