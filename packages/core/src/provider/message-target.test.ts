import { describe, expect, it } from 'vitest';
import { SmsError } from '../errors/sms-error';
import type { SendResult } from '../model/send-result';
import { resolveMessageTarget } from './message-target';

const scheduled: SendResult = {
  provider: 'smspartner',
  batchId: 'b-1',
  sendAt: new Date('2030-07-14T08:05:00Z'),
  messages: [
    { to: '+33612345678', id: '1', status: 'scheduled' },
    { to: '+33612345679', id: '2', status: 'scheduled' },
    { to: '+33612345678', id: '1', status: 'scheduled' },
  ],
  raw: undefined,
};

describe('resolveMessageTarget', () => {
  it('flattens a SendResult into distinct references, batch ids and its send time', () => {
    expect(resolveMessageTarget(scheduled)).toEqual({
      provider: 'smspartner',
      references: [
        { id: '1', to: '+33612345678' },
        { id: '2', to: '+33612345679' },
      ],
      batchIds: ['b-1'],
      sendAt: new Date('2030-07-14T08:05:00Z'),
    });
  });

  it('reads the send time of a SendResult that went through JSON, and ignores one it cannot read', () => {
    const stored = JSON.parse(JSON.stringify(scheduled)) as SendResult;
    expect(resolveMessageTarget(stored).sendAt).toEqual(new Date('2030-07-14T08:05:00Z'));
    expect(resolveMessageTarget({ ...stored, sendAt: 'soon' as unknown as Date }).sendAt).toBeUndefined();
  });

  it('refuses the SendResult of another provider when told whose it should be, and names both', () => {
    const refused = (() => {
      try {
        resolveMessageTarget(scheduled, { provider: 'ghasedak', action: 'cancel' });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(SmsError.isInstance(refused)).toBe(true);
    expect((refused as SmsError).code).toBe('INVALID_INPUT');
    expect((refused as SmsError).message).toContain('came from smspartner, not ghasedak');
    expect(resolveMessageTarget(scheduled, { provider: 'smspartner', action: 'cancel' }).references).toHaveLength(2);
    // Plain ids carry no provider: nothing to refuse.
    expect(
      resolveMessageTarget(['7', { id: '8', to: '+989121234567' }, '7'], { provider: 'ghasedak', action: 'cancel' })
        .references,
    ).toEqual([{ id: '7' }, { id: '8', to: '+989121234567' }]);
  });
});

describe('resolveMessageTarget: entries without an id', () => {
  it('keeps the per-message reference of an entry whose id never came back, once each', () => {
    const partial: SendResult = {
      provider: 'ghasedak',
      messages: [
        { to: '+989121111111', id: '1', reference: 'order-7-1', status: 'queued' },
        { to: '+989122222222', reference: 'order-7-2', status: 'unknown' },
        { to: '+989122222222', reference: 'order-7-2', status: 'unknown' },
        { to: '+989123333333', status: 'failed' },
      ],
      raw: undefined,
    };
    const resolved = resolveMessageTarget(partial);
    expect(resolved.references).toEqual([{ id: '1', to: '+989121111111' }]);
    expect(resolved.unidentified).toEqual([{ reference: 'order-7-2', to: '+989122222222' }]);
    expect(resolveMessageTarget(scheduled).unidentified).toBeUndefined();
  });
});
