import type { Request } from 'express';
import { hasRequestBody } from './has-request-body';
import { isEmptyObject } from './is-empty-object';

export type JsonBodyReading =
  | { kind: 'body'; body: unknown }
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'parser-missing' };

/**
 * Reads the body a JSON parser left on the request, and tells a missing parser apart from a bad request.
 * Express 5 leaves `req.body` undefined when no parser ran; Express 4 leaves `{}` when another parser
 * (urlencoded) ran but skipped the request. In both cases the stream was never read, which a parser that
 * did parse `{}` would have done.
 */
export function readJsonBody(request: Request): JsonBodyReading {
  if (!hasRequestBody(request)) return { kind: 'empty' };
  if (request.is(['application/json', 'application/*+json']) === false) {
    return { kind: 'not-json' };
  }
  const body: unknown = request.body;
  if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) return { kind: 'parser-missing' };
  if (isEmptyObject(body) && !request.readableEnded) return { kind: 'parser-missing' };
  return { kind: 'body', body };
}
