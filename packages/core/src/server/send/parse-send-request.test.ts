import { describe, expect, it } from 'vitest';
import { parseSendRequest } from './parse-send-request';

const RULES = { maxRecipients: 10, allowProvider: true, allowText: true, allowTemplates: true };

describe('parseSendRequest called directly', () => {
  it('reports the holes of a sparse list (which JSON cannot make, but a caller can) instead of dropping them', () => {
    // eslint-disable-next-line no-sparse-arrays -- the holes are what this test is about
    const to = parseSendRequest({ to: ['+989121234567', , '+989121234568'], text: 'x' }, RULES);
    // eslint-disable-next-line no-sparse-arrays -- the holes are what this test is about
    const params = parseSendRequest({ to: '+989121234567', template: 'otp', params: ['a', , 'c'] }, RULES);
    expect(to).toEqual({
      ok: false,
      problems: [{ pointer: '#/to/1', detail: expect.stringContaining('must be a string') }],
    });
    expect(params).toEqual({
      ok: false,
      problems: [{ pointer: '#/params/1', detail: expect.stringContaining('must be strings') }],
    });
  });

  it('leaves whether a string is a phone number to the client, which answers INVALID_RECIPIENT', () => {
    expect(parseSendRequest({ to: ' ', text: 'x' }, RULES)).toMatchObject({
      ok: true,
      request: { message: { to: ' ' } },
    });
    expect(parseSendRequest({ to: ['', 'abc'], text: 'x' }, RULES)).toMatchObject({
      ok: true,
      request: { message: { to: ['', 'abc'] } },
    });
  });
});
