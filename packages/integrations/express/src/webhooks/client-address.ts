import type { Request } from 'express';

/** How far to trust `X-Forwarded-For`: `true` every proxy, a number that many proxies in front of the app. */
export type TrustProxy = boolean | number;

/** Removes a port some proxies add to forwarded addresses (`203.0.113.5:4711`, `[2001:db8::1]:4711`). */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed !== null) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return ipv4WithPort === null ? entry : ipv4WithPort[1]!;
}

function forwardedFor(request: Request): string[] {
  const header = request.headers['x-forwarded-for'];
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values
    .flatMap((value) => value.split(','))
    .map((entry) => stripPort(entry.trim()))
    .filter((entry) => entry !== '');
}

/**
 * The caller's address. Without `trustProxy` it is `req.ip`, which follows the app's own `trust proxy`
 * setting. With `trustProxy` it is decided here: `false` the socket's peer; `true` the first
 * `X-Forwarded-For` entry; a number `n` the address `n` hops back from the socket, as Express counts them.
 */
export function clientAddress(request: Request, trustProxy: TrustProxy | undefined): string | undefined {
  if (trustProxy === undefined) return request.ip ?? request.socket.remoteAddress;
  const socketAddress = request.socket.remoteAddress;
  if (trustProxy === false || trustProxy === 0) return socketAddress;
  // Nearest first: the socket's peer, then each proxy's view of who called it.
  const chain = [socketAddress, ...forwardedFor(request).reverse()];
  const hops = trustProxy === true ? chain.length - 1 : Math.min(trustProxy, chain.length - 1);
  return chain[hops];
}
