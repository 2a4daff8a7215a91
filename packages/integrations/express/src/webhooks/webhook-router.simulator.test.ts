import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSmsClient, type DeliveryReport, type InboundMessage } from '@sms/core';
import { startSimulator, type Simulator } from '@sms/simulator';
import { createSmsPartner } from '@sms/smspartner';
import express from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { webhookRouter } from './webhook-router';
import type { OptOutEvent } from './webhook-router-options';

const SECRET = 'e2e-webhook-secret-5f1c9a7d';

let simulator: Simulator;
let server: Server;
let appUrl: string;
let app: express.Express;

beforeEach(async () => {
  // Receipts only when the test says so, so the order of events is the test's.
  simulator = await startSimulator({ deliveryDelayMs: null });
  app = express();
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  await simulator.close();
});

function mountSmsPartner(urlSecret: string) {
  const reports: DeliveryReport[] = [];
  const inbound: InboundMessage[] = [];
  const optOuts: OptOutEvent[] = [];
  const provider = createSmsPartner({
    apiKey: simulator.credentials.smspartner.apiKey,
    baseUrl: simulator.baseUrls.smspartner,
    urlDlr: `${appUrl}/webhooks/smspartner/${urlSecret}`,
    urlResponse: `${appUrl}/webhooks/smspartner/${urlSecret}`,
  });
  // The provider needs the app's address and the router needs the provider: mount once both exist.
  app.use(
    '/webhooks/smspartner',
    webhookRouter({
      provider,
      secret: SECRET,
      allowIps: ['127.0.0.1'],
      onDeliveryReport: (report) => void reports.push(report),
      onInbound: (message) => void inbound.push(message),
      onOptOut: (event) => void optOuts.push(event),
    }),
  );
  return { provider, client: createSmsClient({ providers: provider }), reports, inbound, optOuts };
}

describe('webhookRouter with @sms/simulator posting for SMS Partner', () => {
  it('receives the delivery receipt of a message sent through the simulator', async () => {
    const { client, reports } = mountSmsPartner(SECRET);

    const result = await client.send({ to: '+33612345678', text: 'Your parcel is on its way' });
    const id = result.messages[0]?.id;
    expect(id).toEqual(expect.any(String));
    expect(reports).toEqual([]);

    simulator.deliver(id!);
    await vi.waitFor(() => expect(reports).toHaveLength(1), { timeout: 5000, interval: 20 });

    expect(reports[0]).toMatchObject({ provider: 'smspartner', id, to: '+33612345678', status: 'delivered' });
    expect(reports[0]?.at).toBeInstanceOf(Date);
    await vi.waitFor(() => expect(simulator.webhooks().map((call) => call.status)).toEqual([200]), {
      timeout: 5000,
      interval: 20,
    });
    await client.close();
  });

  it('receives a failure receipt, a reply and a STOP', async () => {
    const { client, reports, inbound, optOuts } = mountSmsPartner(SECRET);

    const result = await client.send({ to: '+33612345678', text: 'Reply YES to confirm' });
    simulator.fail(result.messages[0]!.id!);
    simulator.receive({ provider: 'smspartner', from: '+33612345678', text: 'YES' });
    simulator.receive({ provider: 'smspartner', from: '+33612345678', text: 'STOP' });
    await vi.waitFor(() => expect(simulator.webhooks().filter((call) => call.status !== undefined)).toHaveLength(3), {
      timeout: 5000,
      interval: 20,
    });

    expect(simulator.webhooks().map((call) => call.status)).toEqual([200, 200, 200]);
    expect(reports).toMatchObject([{ id: result.messages[0]!.id, status: 'failed' }]);
    expect(inbound).toMatchObject([{ provider: 'smspartner', from: '+33612345678', text: 'YES' }]);
    expect(optOuts).toMatchObject([{ type: 'opt-out', phoneNumber: '+33612345678' }]);
    await client.close();
  });

  it('answers 401 to receipts posted with the wrong secret and calls nothing', async () => {
    const { client, reports } = mountSmsPartner('not-the-webhook-secret-1234');

    const result = await client.send({ to: '+33612345678', text: 'Hello' });
    simulator.deliver(result.messages[0]!.id!);
    await vi.waitFor(() => expect(simulator.webhooks()[0]?.status).toBe(401), { timeout: 5000, interval: 20 });

    expect(reports).toEqual([]);
    await client.close();
  });
});
