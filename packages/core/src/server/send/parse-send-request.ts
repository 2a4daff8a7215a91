import type { SmsMessage, TemplateMessage } from '../../model/sms-message';
import type { FieldProblem } from '../problems/problem-details';
import { parseIsoDateTime } from './parse-iso-date-time';
import type { SendRequestRules } from './send-request-rules';
import { uniqueRecipients } from './unique-recipients';

export type ParsedSendRequest =
  | { kind: 'text'; message: SmsMessage; provider?: string }
  | { kind: 'template'; message: TemplateMessage; provider?: string };

export type SendRequestParseResult = { ok: true; request: ParsedSendRequest } | { ok: false; problems: FieldProblem[] };

const COMMON_FIELDS = ['to', 'from', 'sendAt', 'reference', 'provider'];
const TEXT_FIELDS = new Set([...COMMON_FIELDS, 'text']);
const TEMPLATE_FIELDS = new Set([...COMMON_FIELDS, 'template', 'params', 'voice']);
const MAX_FIELD_LENGTH = 256;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Checks a send request body strictly: known members only, each of the right type and non-empty; every
 * problem is reported at once, each with a JSON pointer to its member. It never throws, whatever the body.
 */
export function parseSendRequest(body: unknown, rules: SendRequestRules): SendRequestParseResult {
  const problems: FieldProblem[] = [];
  const fail = (pointer: string, detail: string): void => {
    problems.push({ pointer, detail });
  };
  if (!isPlainObject(body)) {
    return {
      ok: false,
      problems: [{ pointer: '#', detail: `The body must be a JSON object, not ${describe(body)}.` }],
    };
  }

  const hasText = body.text !== undefined;
  const hasTemplate = body.template !== undefined;
  if (hasText && hasTemplate) fail('#', 'Give either `text` or `template` (with `params`), not both.');
  if (!hasText && !hasTemplate)
    fail('#', rules.allowTemplates ? 'Give `text`, or `template` with `params`.' : 'Give `text`.');
  if (hasText && !rules.allowText)
    fail('#/text', 'This endpoint sends templates only: give `template` and `params` instead of `text`.');
  if (hasTemplate && !rules.allowTemplates) fail('#/template', 'This endpoint does not send templates: give `text`.');

  const allowed = hasTemplate && !hasText ? TEMPLATE_FIELDS : TEXT_FIELDS;
  for (const key of Object.keys(body)) {
    if (!allowed.has(key)) fail(`#/${key}`, `Unknown member \`${key}\`; allowed: ${[...allowed].join(', ')}.`);
  }

  const optionalString = (key: string): string | undefined => {
    const value = body[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') fail(`#/${key}`, `\`${key}\` must be a string, not ${describe(value)}.`);
    else if (value.trim() === '') fail(`#/${key}`, `\`${key}\` must not be empty.`);
    else if (value.length > MAX_FIELD_LENGTH && key !== 'text')
      fail(`#/${key}`, `\`${key}\` is longer than ${MAX_FIELD_LENGTH} characters.`);
    else return value;
    return undefined;
  };

  // Only the type of `to` is checked here. Whether a string is a phone number is the client's to say, with
  // the same INVALID_RECIPIENT (and message) as every other entry point: an empty or blank one included.
  let to: string | string[] | undefined;
  if (body.to === undefined) fail('#/to', '`to` is required: a phone number or a list of them.');
  else if (typeof body.to === 'string') to = body.to;
  else if (Array.isArray(body.to)) {
    if (body.to.length === 0) fail('#/to', '`to` must list at least one phone number.');
    else if (body.to.length > rules.maxRecipients)
      fail('#/to', `\`to\` lists ${body.to.length} numbers; at most ${rules.maxRecipients} are accepted per request.`);
    else {
      const numbers: string[] = [];
      // entries() rather than forEach, which skips the holes of a sparse list (possible when called directly).
      for (const [index, value] of (body.to as unknown[]).entries()) {
        if (typeof value !== 'string')
          fail(`#/to/${index}`, `Each recipient must be a string, not ${describe(value)}.`);
        else numbers.push(value);
      }
      // One recipient listed twice (in any notation) gets one message.
      if (numbers.length === body.to.length) to = uniqueRecipients(numbers, rules.defaultCountry);
    }
  } else fail('#/to', `\`to\` must be a string or a list of strings, not ${describe(body.to)}.`);

  const from = optionalString('from');
  const reference = optionalString('reference');
  const provider = optionalString('provider');
  if (provider !== undefined && !rules.allowProvider)
    fail('#/provider', 'This endpoint chooses the provider itself: remove `provider`.');

  let sendAt: Date | undefined;
  const sendAtText = optionalString('sendAt');
  if (sendAtText !== undefined) {
    sendAt = parseIsoDateTime(sendAtText);
    if (sendAt === undefined)
      fail('#/sendAt', '`sendAt` must be an ISO 8601 date and time with a zone, such as 2030-01-01T09:00:00Z.');
  }

  let text: string | undefined;
  if (hasText) text = optionalString('text');

  let template: string | undefined;
  let params: Record<string, string> | string[] | undefined;
  let voice: boolean | undefined;
  if (hasTemplate && !hasText) {
    template = optionalString('template');
    if (body.params === undefined)
      fail(
        '#/params',
        '`params` is required with `template`: an object of strings, or a list of strings ({} when the template has none).',
      );
    else if (Array.isArray(body.params)) {
      const list: string[] = [];
      for (const [index, value] of (body.params as unknown[]).entries()) {
        if (typeof value === 'string') list.push(value);
        else fail(`#/params/${index}`, `Template parameters must be strings, not ${describe(value)}.`);
      }
      params = list;
    } else if (isPlainObject(body.params)) {
      const map: Record<string, string> = {};
      for (const [name, value] of Object.entries(body.params)) {
        if (typeof value === 'string') map[name] = value;
        else fail(`#/params/${name}`, `Template parameters must be strings, not ${describe(value)}.`);
      }
      params = map;
    } else
      fail('#/params', `\`params\` must be an object of strings or a list of strings, not ${describe(body.params)}.`);
    if (body.voice !== undefined && typeof body.voice !== 'boolean')
      fail('#/voice', `\`voice\` must be true or false, not ${describe(body.voice)}.`);
    else voice = body.voice as boolean | undefined;
  }

  if (problems.length > 0 || to === undefined) return { ok: false, problems };
  const common = {
    to,
    ...(from === undefined ? {} : { from }),
    ...(sendAt === undefined ? {} : { sendAt }),
    ...(reference === undefined ? {} : { reference }),
  };
  const routing = provider === undefined ? {} : { provider };
  if (text !== undefined) return { ok: true, request: { kind: 'text', message: { ...common, text }, ...routing } };
  const message: TemplateMessage = {
    ...common,
    template: template!,
    params: params!,
    ...(voice === undefined ? {} : { voice }),
  };
  return { ok: true, request: { kind: 'template', message, ...routing } };
}
