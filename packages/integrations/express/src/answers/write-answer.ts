import type { ServerAnswer } from '@sms/core/server';
import type { Response } from 'express';

/** Writes an answer of the server layer with Express: its status, its headers and its body as JSON text. */
export function writeAnswer(response: Response, answer: ServerAnswer): void {
  response.status(answer.status);
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.send(JSON.stringify(answer.body));
}
