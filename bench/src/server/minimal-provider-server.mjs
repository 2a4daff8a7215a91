// A minimal stand-in for the three providers, run in its own process (child_process.fork) so that its CPU
// never counts as the client's. It answers each provider's success envelope for the endpoints the
// benchmarks use, as cheaply as it can, and counts connections on the server side.
//
// Control goes over the IPC channel, never over HTTP, so it opens no socket that would be counted:
//   { type: 'stats', id }           → { type: 'stats', id, stats }
//   { type: 'reset', id }           → { type: 'reset', id } (counters back to zero, open sockets kept)
//   { type: 'capture', id, path }   → { type: 'captured', id, request } for the next request on that path
//   { type: 'times', id }           → { type: 'times', id, times } when started with `--record-times`: the
//                                     moment (ms since the epoch) each request arrived since the last reset
//   { type: 'close', id }           → { type: 'closed', id }, then exit
import { createServer } from 'node:http';

// `--answer-delay-ms <n>`: every answer waits n ms, as a provider across a network would (the queue benchmark's
// throughput cases); 0 by default, so the client's own costs are what the other benchmarks see.
const delayFlag = process.argv.indexOf('--answer-delay-ms');
const ANSWER_DELAY_MS = delayFlag === -1 ? 0 : Number(process.argv[delayFlag + 1]);
// `--record-times`: keep each request's arrival time, for the rate-limit adherence figure (off elsewhere, so
// the other benchmarks' server does no more work than before).
const RECORD_TIMES = process.argv.includes('--record-times');
/** @type {number[]} */
let arrivals = [];

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const NOT_FOUND = JSON.stringify({ error: 'no such endpoint in the minimal benchmark server' });

let nextGhasedakId = 2_578_793_735;
let nextPartnerId = 307;
let nextAfzarId = 1;

const counters = { connectionsOpened: 0, connectionsOpen: 0, peakConnectionsOpen: 0, requests: 0, requestsByPath: {} };
/** @type {Map<string, number[]>} path suffix → ids of the control messages waiting for a capture */
const captures = new Map();

function endpointOf(url) {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.endsWith('/v2/sms/send/simple')) return 'v2/sms/send/simple';
  if (path.endsWith('/v2/sms/send/pair')) return 'v2/sms/send/pair';
  if (path.endsWith('/v1/send')) return 'v1/send';
  if (path.endsWith('/messages/send')) return 'messages/send';
  return path;
}

function ghasedakIds(count) {
  const ids = new Array(count);
  for (let index = 0; index < count; index += 1) ids[index] = nextGhasedakId++;
  return `{"result":{"code":200,"message":"success"},"items":[${ids.join(',')}]}`;
}

function countReceptors(body) {
  const receptor = new URLSearchParams(body).get('receptor') ?? '';
  return receptor === '' ? 0 : receptor.split(',').length;
}

function smsAfzarAnswer(body) {
  let fields = {};
  try {
    fields = JSON.parse(body);
  } catch {
    // An unreadable body still gets the envelope: this server measures clients, it does not validate them.
  }
  const id = nextAfzarId++;
  const hex = id.toString(16).padStart(12, '0');
  return JSON.stringify({
    batchId: `03bd52ed-8cb0-4a43-b9e7-${hex}`,
    message: {
      sentMessageId: `ec28329d-503f-4e9e-be82-${hex}`,
      senderNumber: fields.senderNumber ?? '10001000',
      recipientNumber: fields.recipientNumber ?? '09100000000',
      content: fields.content ?? '',
      language: 'English',
      operator: 'Mci',
      parts: '1',
      cost: '1,800',
      messageStatus: 1,
    },
  });
}

function answer(endpoint, body) {
  switch (endpoint) {
    case 'v2/sms/send/simple':
      return [200, ghasedakIds(1)];
    case 'v2/sms/send/pair':
      return [200, ghasedakIds(Math.max(1, countReceptors(body)))];
    case 'v1/send':
      return [
        200,
        `{"success":true,"code":200,"message_id":${nextPartnerId++},"nb_sms":1,"cost":0.038,"currency":"EUR"}`,
      ];
    case 'messages/send':
      return [200, smsAfzarAnswer(body)];
    default:
      return [404, NOT_FOUND];
  }
}

const server = createServer(
  { keepAliveTimeout: 60_000, requestTimeout: 0, headersTimeout: 60_000 },
  (request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
      const endpoint = endpointOf(request.url ?? '/');
      if (RECORD_TIMES) arrivals.push(performance.timeOrigin + performance.now());
      counters.requests += 1;
      counters.requestsByPath[endpoint] = (counters.requestsByPath[endpoint] ?? 0) + 1;
      const waiting = captures.get(endpoint);
      if (waiting !== undefined && waiting.length > 0) {
        for (const id of waiting) {
          process.send({
            type: 'captured',
            id,
            request: { method: request.method, url: request.url, rawHeaders: request.rawHeaders, body },
          });
        }
        captures.delete(endpoint);
      }
      const [status, text] = answer(endpoint, body);
      const reply = () => {
        response.writeHead(status, JSON_HEADERS);
        response.end(text);
      };
      if (ANSWER_DELAY_MS > 0) setTimeout(reply, ANSWER_DELAY_MS);
      else reply();
    });
  },
);

server.on('connection', (socket) => {
  counters.connectionsOpened += 1;
  counters.connectionsOpen += 1;
  if (counters.connectionsOpen > counters.peakConnectionsOpen) counters.peakConnectionsOpen = counters.connectionsOpen;
  socket.on('close', () => {
    counters.connectionsOpen -= 1;
  });
});

process.on('message', (message) => {
  switch (message.type) {
    case 'stats':
      process.send({ type: 'stats', id: message.id, stats: structuredClone(counters) });
      break;
    case 'reset':
      counters.connectionsOpened = 0;
      counters.peakConnectionsOpen = counters.connectionsOpen;
      counters.requests = 0;
      counters.requestsByPath = {};
      arrivals = [];
      process.send({ type: 'reset', id: message.id });
      break;
    case 'capture': {
      const waiting = captures.get(message.path) ?? [];
      waiting.push(message.id);
      captures.set(message.path, waiting);
      break;
    }
    case 'times':
      process.send({ type: 'times', id: message.id, times: arrivals });
      break;
    case 'close':
      server.closeAllConnections();
      server.close(() => {
        process.send({ type: 'closed', id: message.id }, () => process.exit(0));
      });
      break;
    default:
      break;
  }
});
process.on('disconnect', () => process.exit(0));

// The default backlog of 511 would make 10,000 simultaneous connects (the official SDK's unbounded pool) retry SYNs.
server.listen({ port: 0, host: '127.0.0.1', backlog: 16_384 }, () => {
  const address = server.address();
  process.send({ type: 'ready', port: typeof address === 'object' && address !== null ? address.port : 0 });
});
