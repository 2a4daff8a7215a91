// The CPU our packages spend per send with no network at all: a dispatcher that answers at once with a
// documented answer, so every microsecond measured is the SDK's own (plus one JSON.parse of the answer).
// Quicker and steadier than the full benchmark when working on hot paths:
// `node src/profile/measure-client-cpu.mjs [provider] [sends]` and, for a 100,000-recipient Ghasedak send,
// `node src/profile/measure-client-cpu.mjs bulk`.
import { Readable } from 'node:stream';
import { iranianRecipients, PROVIDER_SETUPS, TEXT } from '../variants/provider-setups.mjs';

const ANSWERS = {
  ghasedak: () => ({ result: { code: 200, message: 'success' }, items: [2578793735] }),
  smsafzar: () => ({
    batchId: '03bd52ed-8cb0-4a43-b9e7-dafff83c9565',
    message: {
      sentMessageId: 'ec28329d-503f-4e9e-be82-c88bbd6f88d6',
      senderNumber: '10001000',
      recipientNumber: '09100000000',
      content: TEXT,
      language: 'English',
      operator: 'Mci',
      parts: '1',
      cost: '1,800',
      messageStatus: 1,
    },
  }),
  smspartner: () => ({ success: true, code: 200, message_id: 307, nb_sms: 1, cost: 0.038, currency: 'EUR' }),
};

function instantDispatcher(textOf) {
  return {
    async request(options) {
      const text = textOf(options);
      // A stream, as undici gives: the HTTP client reads answers chunk by chunk to bound their size.
      return {
        statusCode: 200,
        headers: { 'content-type': 'application/json' },
        body: Readable.from([Buffer.from(text)]),
      };
    },
  };
}

function cpuMicros(before) {
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

async function perSend(name, sends) {
  const answer = JSON.stringify(ANSWERS[name]());
  const provider = await PROVIDER_SETUPS[name].create(
    'http://127.0.0.1:9',
    undefined,
    instantDispatcher(() => answer),
  );
  const message = { to: PROVIDER_SETUPS[name].recipient, text: TEXT };
  for (let index = 0; index < sends / 5; index += 1) await provider.send(message);
  const before = process.cpuUsage();
  for (let index = 0; index < sends; index += 1) await provider.send(message);
  console.log(`${name}: ${(cpuMicros(before) / sends).toFixed(2)} µs CPU per send`);
  await provider.close();
}

async function bulk() {
  // One id per receptor of each pair request.
  const dispatcher = instantDispatcher((options) => {
    const receptors = new URLSearchParams(String(options.body)).get('receptor') ?? '';
    return JSON.stringify({
      result: { code: 200, message: 'success' },
      items: receptors.split(',').map((_receptor, index) => 2_581_100_787 + index),
    });
  });
  const provider = await PROVIDER_SETUPS.ghasedak.create('http://127.0.0.1:9', undefined, dispatcher);
  const recipients = iranianRecipients(100_000);
  for (let round = 1; round <= 5; round += 1) {
    const before = process.cpuUsage();
    const result = await provider.send({ to: recipients, text: TEXT });
    console.log(
      `bulk round ${round}: ${(cpuMicros(before) / result.messages.length).toFixed(2)} µs CPU per recipient (the fake answers included)`,
    );
  }
  await provider.close();
}

const [which = 'all', sendsText = '100000'] = process.argv.slice(2);
if (which === 'bulk') await bulk();
else for (const name of which === 'all' ? Object.keys(ANSWERS) : [which]) await perSend(name, Number(sendsText));
