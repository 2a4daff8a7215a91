import type { AddressInfo } from 'node:net';
import { createClock } from './clock/create-clock';
import type { SimulatorContext } from './context/simulator-context';
import { createFaultRegistry } from './faults/fault-registry';
import { createRateLimiter } from './rate-limits/create-rate-limiter';
import { createInboxEvents } from './inbox/create-inbox-events';
import { createInboxHandler } from './inbox/create-inbox-handler';
import { inboxState } from './inbox/inbox-state';
import type { ApiName } from './api-name';
import { PROVIDER_NAMES } from './provider-name';
import { createGhasedakApi } from './providers/ghasedak/create-ghasedak-api';
import { createGhasedakGatewayApi, GATEWAY_BASE_PATH } from './providers/ghasedak-gateway/create-ghasedak-gateway-api';
import { createSmsafzarApi } from './providers/smsafzar/create-smsafzar-api';
import { createSmspartnerApi } from './providers/smspartner/create-smspartner-api';
import { resolveSettings } from './settings/resolve-settings';
import { createSimulatorServer } from './server/create-simulator-server';
import type { ProviderApi } from './server/provider-api';
import type { SimulatedInboundMessage } from './simulated-inbound-message';
import type { SimulatedMessage } from './simulated-message';
import type { ReceiveInput, Simulator } from './simulator';
import type { SimulatorOptions } from './simulator-options';
import { createBalanceBook } from './store/balance-book';
import { createChangeCounter } from './store/change-counter';
import { createIdSequence } from './store/id-sequence';
import { createInboundStore } from './store/inbound-store';
import { createMessageStore } from './store/message-store';
import type { StoredMessage } from './store/stored-message';
import { createWebhookSender } from './webhooks/create-webhook-sender';

// The short number SMS Partner replies reach when no `to` is given.
const SMSPARTNER_SHORT_NUMBER = '36180';

// Numbers compared without notation: '0611111111', '+33611111111' and '0033611111111' are one recipient.
function sameRecipient(recorded: string, wanted: string): boolean {
  const left = recorded.replace(/\D/g, '').replace(/^0+/, '');
  const right = wanted.replace(/\D/g, '').replace(/^0+/, '');
  return right.length >= 6 && left.length >= 6 && (left.endsWith(right) || right.endsWith(left));
}
const copy = <Value>(value: Value): Value => structuredClone(value);

function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * Starts a local fake of the Ghasedak v2 and gateway, SMSAfzar and SMS Partner HTTP APIs, with an inbox page at `url`.
 * Point a client's base URL at `simulator.baseUrls.<provider>`.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const settings = resolveSettings(options);
  const controller = createClock(settings.clock);
  const changes = createChangeCounter();
  const store = createMessageStore({ controller, deliveryDelayMs: settings.deliveryDelayMs, changes });
  const inbound = createInboundStore(controller, changes);
  const balances = createBalanceBook(settings.balance);
  const webhooks = createWebhookSender();
  const faults = createFaultRegistry();
  const rateLimiter = createRateLimiter(settings.rateLimits, () => controller.nowMs());
  const context: SimulatorContext = {
    settings,
    controller,
    store,
    inbound,
    balances,
    webhooks,
    ids: { ghasedak: createIdSequence(2_578_793_735), smspartner: createIdSequence(300) },
  };
  const providers: Record<ApiName, ProviderApi> = {
    ghasedak: createGhasedakApi(context),
    'ghasedak-gateway': createGhasedakGatewayApi(context),
    smsafzar: createSmsafzarApi(context),
    smspartner: createSmspartnerApi(context),
  };

  const receiveMessage = (input: ReceiveInput, inReplyTo?: StoredMessage): SimulatedInboundMessage => {
    if (!input || !PROVIDER_NAMES.includes(input.provider)) {
      throw new TypeError(`simulator.receive: provider must be one of ${PROVIDER_NAMES.join(', ')}.`);
    }
    if (typeof input.from !== 'string' || input.from.trim() === '')
      throw new TypeError('simulator.receive: from must be a phone number.');
    if (typeof input.text !== 'string' || input.text === '')
      throw new TypeError('simulator.receive: text must be a non-empty string.');
    const defaultTo =
      input.provider === 'smspartner' ? SMSPARTNER_SHORT_NUMBER : (settings.lines[input.provider][0] ?? '');
    const message = inbound.add({
      provider: input.provider,
      from: input.from.trim(),
      to: input.to?.trim() || defaultTo,
      text: input.text,
      ...(inReplyTo ? { inReplyTo: inReplyTo.message.id } : {}),
    });
    providers[input.provider].onInbound?.(message, inReplyTo);
    return copy(message);
  };

  const changeStatus = (records: StoredMessage[], target: 'delivered' | 'failed'): void => {
    const blocked = records.find(
      (record) =>
        record.message.status !== target && record.message.status !== 'sent' && record.message.status !== 'queued',
    );
    if (blocked) {
      throw new Error(
        `Message ${blocked.message.id} to ${blocked.message.recipient} is ${blocked.message.status}; only a sent message can be marked ${target}` +
          (blocked.message.status === 'scheduled' ? ' (move the clock past its send time first).' : '.'),
      );
    }
    for (const record of records) {
      if (target === 'delivered') store.deliver(record);
      else store.fail(record);
    }
  };

  const recordsFor = (id: string, recipient: string | undefined): StoredMessage[] => {
    const records = store
      .byId(undefined, String(id))
      .filter((record) => recipient === undefined || sameRecipient(record.message.recipient, recipient));
    if (records.length === 0)
      throw new Error(`No simulated message has id ${String(id)}${recipient ? ` and recipient ${recipient}` : ''}.`);
    return records;
  };
  const markAs = (target: 'delivered' | 'failed', id: string, recipient: string | undefined): SimulatedMessage[] => {
    const records = recordsFor(id, recipient);
    changeStatus(records, target);
    return records.map((record) => copy(record.message));
  };

  const currentInboxState = () => inboxState(store, inbound, changes);
  const inboxEvents = createInboxEvents(changes, currentInboxState);
  const { server, cancelPending } = createSimulatorServer({
    providers,
    faults,
    rateLimiter,
    inbox: createInboxHandler({
      store,
      changes,
      state: currentInboxState,
      events: inboxEvents,
      actions: {
        deliver: (record) => changeStatus([record], 'delivered'),
        fail: (record) => changeStatus([record], 'failed'),
        answer: (record, text) => {
          receiveMessage(
            {
              provider: record.message.provider,
              from: record.message.recipient,
              to: record.message.sender ?? '',
              text,
            },
            record,
          );
        },
      },
    }),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${hostForUrl(settings.host)}:${port}`;
  const [smsafzarAccount] = settings.smsafzarAccounts;
  let closed: Promise<void> | undefined;

  return {
    url,
    baseUrls: {
      ghasedak: `${url}/ghasedak`,
      ghasedakGateway: `${url}/ghasedak-gateway/${GATEWAY_BASE_PATH}/`,
      smsafzar: `${url}/smsafzar`,
      smspartner: `${url}/smspartner`,
    },
    credentials: {
      ghasedak: { apiKey: settings.apiKeys.ghasedak[0] ?? '' },
      smsafzar: {
        apiKey: settings.apiKeys.smsafzar[0] ?? '',
        userName: smsafzarAccount?.userName ?? '',
        password: smsafzarAccount?.password ?? '',
        domain: smsafzarAccount?.domain ?? '',
      },
      smspartner: { apiKey: settings.apiKeys.smspartner[0] ?? '' },
    },
    clock: controller.clock,
    messages: (filter) => store.all(filter?.provider).map((record): SimulatedMessage => copy(record.message)),
    inbound: (filter) => inbound.all(filter?.provider).map(copy),
    webhooks: () => webhooks.calls(),
    deliver: (id, recipient) => markAs('delivered', id, recipient),
    fail: (id, recipient) => markAs('failed', id, recipient),
    receive: (input) => receiveMessage(input),
    balance: (provider) => balances.get(provider),
    fault: (faultOptions) => faults.add(faultOptions),
    clearFaults: () => faults.clear(),
    rateLimitLog: (provider) => rateLimiter.log(provider),
    reset() {
      store.reset();
      inbound.reset();
      faults.clear();
      rateLimiter.reset();
      balances.reset();
      webhooks.reset();
      for (const provider of Object.values(providers)) provider.reset();
    },
    close() {
      closed ??= (async () => {
        controller.cancelAll();
        cancelPending();
        inboxEvents.closeAll();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await webhooks.settle();
      })();
      return closed;
    },
  };
}
