import type { HttpServer } from '@nestjs/common';
import type { ServerAnswer } from '@sms/core/server';

/**
 * Writes an answer of `@sms/core/server` through Nest's HTTP adapter (Express or Fastify). The body goes as
 * JSON text: given an object, the Express adapter would replace an error answer's `application/problem+json`.
 */
export function writeAnswer(adapter: HttpServer, response: unknown, answer: ServerAnswer): void {
  for (const [name, value] of Object.entries(answer.headers)) adapter.setHeader(response, name, value);
  adapter.reply(response, JSON.stringify(answer.body), answer.status);
}
