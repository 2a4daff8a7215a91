import type { ServerAnswer } from './server-answer';

/** A JSON answer, with any `headers` besides its `content-type`. */
export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): ServerAnswer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body };
}
