import { hasRequestBody, type SendRequestReading } from '@sms/core/server';
import type { Request } from 'express';

export type JsonBodyReading = SendRequestReading | { kind: 'parser-missing' };

/**
 * Reads the body a JSON parser left on the request, and tells a missing parser apart from a bad request.
 * Express 5 leaves `req.body` undefined when no parser ran; Express 4 leaves `{}` when another parser
 * (urlencoded) ran but skipped the request. In both cases the stream was never read, which a parser that
 * did parse `{}` would have done.
 */
export function readJsonBody(request: Request): JsonBodyReading {
  if (!hasRequestBody(request.headers)) return { kind: 'empty' };
  if (request.is(['application/json', 'application/*+json']) === false) {
    return { kind: 'not-json' };
  }
  const body: unknown = request.body;
  if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) return { kind: 'parser-missing' };
  const isEmptyObject =
    typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;
  if (isEmptyObject && !request.readableEnded) return { kind: 'parser-missing' };
  return { kind: 'body', body };
}
