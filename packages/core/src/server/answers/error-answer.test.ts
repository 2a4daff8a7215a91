import { describe, expect, it } from 'vitest';
import { AllProvidersFailedError } from '../../errors/all-providers-failed-error';
import { SmsError } from '../../errors/sms-error';
import { errorAnswer } from './error-answer';
import { problemAnswer } from './problem-answer';

const PROBLEM_HEADERS = { 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' };

/** An error as body-parser (raw-body, http-errors) raises it: its `type` says what went wrong. */
function bodyParserError(type: string, message = 'Unexpected token < in JSON at position 7: {"a": <b>'): Error {
  return Object.assign(new Error(message), { type, status: 400, expose: true });
}

describe('errorAnswer', () => {
  it('answers an SmsError with its problem, status and Retry-After', () => {
    const answer = errorAnswer(
      new SmsError('memory is rate limiting.', { code: 'RATE_LIMITED', provider: 'memory', retryAfterMs: 59_500 }),
    );

    expect(answer).toEqual({
      status: 429,
      headers: { ...PROBLEM_HEADERS, 'retry-after': '60' },
      body: {
        type: 'urn:sms:error:rate-limited',
        title: 'Rate limited',
        status: 429,
        detail: 'memory is rate limiting.',
        code: 'RATE_LIMITED',
        provider: 'memory',
        outcome: 'not-sent',
        retryable: true,
        retryAfter: 60,
      },
    });
  });

  it('applies the problem options', () => {
    const error = new SmsError('memory answered HTTP 500: queue full.', { code: 'PROVIDER_ERROR', provider: 'memory' });

    expect(errorAnswer(error)?.body).toMatchObject({
      detail:
        'The SMS provider answered with an error. The message may have gone out: check its status before sending it again.',
    });
    expect(
      errorAnswer(error, { exposeErrorMessages: true, problemType: (code) => `https://example.com/${code}` })?.body,
    ).toMatchObject({
      type: 'https://example.com/PROVIDER_ERROR',
      detail: 'memory answered HTTP 500: queue full.',
    });
  });

  it('lists the attempts of an AllProvidersFailedError', () => {
    const error = new AllProvidersFailedError([
      new SmsError('first refused the key.', { code: 'AUTHENTICATION', provider: 'first' }),
      new SmsError('second timed out.', { code: 'TIMEOUT', provider: 'second' }),
    ]);

    expect(errorAnswer(error)?.body).toMatchObject({
      attempts: [
        { provider: 'first', code: 'AUTHENTICATION', outcome: 'not-sent', retryable: false },
        { provider: 'second', code: 'TIMEOUT', outcome: 'unknown', retryable: true },
      ],
    });
  });

  it.each([
    ['entity.parse.failed', 400, 'INVALID_INPUT', 'Unparseable body'],
    ['entity.verify.failed', 400, 'INVALID_INPUT', 'Unparseable body'],
    ['entity.too.large', 413, 'PAYLOAD_TOO_LARGE', 'Payload too large'],
    ['parameters.too.many', 413, 'PAYLOAD_TOO_LARGE', 'Payload too large'],
    ['charset.unsupported', 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset'],
    ['encoding.unsupported', 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content encoding'],
  ])('answers the body-parser error %s with %i %s, without its message', (type, status, code, title) => {
    const answer = errorAnswer(bodyParserError(type), {}, 'callback');

    expect(answer?.status).toBe(status);
    expect(answer?.headers).toEqual(PROBLEM_HEADERS);
    expect(answer?.body).toMatchObject({ code, title, status, detail: expect.stringContaining('callback body') });
    expect(JSON.stringify(answer)).not.toContain('<b>');
  });

  it('leaves any other error to the framework', () => {
    for (const error of [
      new TypeError('boom'),
      bodyParserError('stream.not.readable'),
      bodyParserError('toString'),
      'a string',
      undefined,
      null,
    ]) {
      expect(errorAnswer(error)).toBeUndefined();
    }
  });
});

describe('problemAnswer', () => {
  it('adds the headers it is given, and Retry-After only when the problem has one', () => {
    const problem = { type: 'urn:x', title: 'T', status: 415, detail: 'D', code: 'UNSUPPORTED_MEDIA_TYPE' };

    expect(problemAnswer(problem, { 'accept-post': 'application/json' })).toEqual({
      status: 415,
      headers: { ...PROBLEM_HEADERS, 'accept-post': 'application/json' },
      body: problem,
    });
    expect(problemAnswer({ ...problem, status: 429, retryAfter: 3 }).headers['retry-after']).toBe('3');
  });
});
