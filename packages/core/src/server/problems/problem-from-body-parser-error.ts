import { createProblem } from './create-problem';
import type { ProblemDetails } from './problem-details';
import type { ProblemOptions } from './problem-options';

interface BodyProblem {
  code: string;
  status: number;
  title: string;
  detail: (subject: string) => string;
}

const UNPARSEABLE: BodyProblem = {
  code: 'INVALID_INPUT',
  status: 400,
  title: 'Unparseable body',
  detail: (subject) => `The ${subject} body could not be parsed as its Content-Type says.`,
};

/**
 * The errors of body-parser (by its own `type`; Express's and Nest's Express platform's body parsers) that are
 * the caller's doing. Their message may quote the body, and Express would answer them with an HTML page
 * (with a stack trace outside production), so they get a fixed problem instead.
 */
const BODY_PARSER_PROBLEMS: Readonly<Record<string, BodyProblem>> = {
  'entity.parse.failed': UNPARSEABLE,
  'entity.verify.failed': UNPARSEABLE,
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
    title: 'Payload too large',
    detail: (subject) => `The ${subject} body is larger than this endpoint accepts.`,
  },
  'parameters.too.many': {
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
    title: 'Payload too large',
    detail: (subject) => `The ${subject} body has more form fields than this endpoint accepts.`,
  },
  'charset.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    title: 'Unsupported charset',
    detail: (subject) => `The ${subject} body uses a charset this endpoint does not read; send it as UTF-8.`,
  },
  'encoding.unsupported': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
    title: 'Unsupported content encoding',
    detail: (subject) =>
      `The ${subject} body uses a Content-Encoding this endpoint does not read; send it uncompressed, or gzip or deflate.`,
  },
};

/**
 * The problem for an error of body-parser (malformed body 400, too large 413, unsupported charset or encoding
 * 415), or `undefined` for any other error. `subject` names the body in `detail` (`request`, `callback`).
 */
export function problemFromBodyParserError(
  error: unknown,
  subject = 'request',
  options: Pick<ProblemOptions, 'problemType'> = {},
): ProblemDetails | undefined {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  const known =
    typeof type === 'string' && Object.hasOwn(BODY_PARSER_PROBLEMS, type) ? BODY_PARSER_PROBLEMS[type] : undefined;
  return known === undefined
    ? undefined
    : createProblem(known.code, known.status, known.title, known.detail(subject), options);
}
