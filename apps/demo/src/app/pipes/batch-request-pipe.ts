import { Injectable, type PipeTransform } from '@nestjs/common';
import type { BatchMessage } from '@sms/core';
import { parseSendRequest, resolveSendRequestRules, type FieldProblem } from '@sms/core/server';
import { invalidBodyError } from './invalid-body-error';
import { isJsonObject } from './is-json-object';

/** Personalised messages to send, and the provider the caller chose. */
export interface BatchRequest {
  messages: BatchMessage[];
  provider?: string;
}

const MAX_MESSAGES = 1_000;
// Each entry is a text request to one number, without a provider of its own.
const ENTRY_RULES = resolveSendRequestRules(
  { maxRecipients: 1, allowProvider: false, allowTemplates: false },
  'BatchRequestPipe',
);

/** Reads `{ messages: [{ to, text, from?, sendAt?, reference? }], provider? }`, each entry with the server layer's send-request parser. */
@Injectable()
export class BatchRequestPipe implements PipeTransform<unknown, BatchRequest> {
  transform(body: unknown): BatchRequest {
    if (!isJsonObject(body))
      throw invalidBodyError([{ pointer: '#', detail: 'The body must be a JSON object { messages, provider? }.' }]);
    const problems: FieldProblem[] = [];
    for (const key of Object.keys(body)) {
      if (key !== 'messages' && key !== 'provider')
        problems.push({ pointer: `#/${key}`, detail: `Unknown member \`${key}\`; allowed: messages, provider.` });
    }
    const { provider } = body;
    if (provider !== undefined && (typeof provider !== 'string' || provider.trim() === ''))
      problems.push({ pointer: '#/provider', detail: '`provider` must be a non-empty string.' });

    const messages: BatchMessage[] = [];
    if (!Array.isArray(body.messages) || body.messages.length === 0 || body.messages.length > MAX_MESSAGES) {
      problems.push({
        pointer: '#/messages',
        detail: `\`messages\` must list 1 to ${MAX_MESSAGES} messages { to, text }.`,
      });
    } else {
      for (const [index, entry] of (body.messages as unknown[]).entries()) {
        const parsed = parseSendRequest(entry, ENTRY_RULES);
        const at = `#/messages/${index}`;
        if (!parsed.ok)
          problems.push(
            ...parsed.problems.map((problem) => ({
              pointer: `${at}${problem.pointer.slice(1)}`,
              detail: problem.detail,
            })),
          );
        else if (parsed.request.kind !== 'text' || typeof parsed.request.message.to !== 'string')
          problems.push({ pointer: `${at}/to`, detail: 'Each message goes to one number: give `to` as a string.' });
        else messages.push({ ...parsed.request.message, to: parsed.request.message.to });
      }
    }
    if (problems.length > 0) throw invalidBodyError(problems);
    return typeof provider === 'string' ? { messages, provider } : { messages };
  }
}
