import { describe, expect, it } from 'vitest';
import { jobReferenceOf, referencesOf } from './references-of';
import type { SmsJobData } from './sms-job-data';

const job = (operation: SmsJobData['operation'], message: unknown): SmsJobData => ({
  operation,
  message,
  idempotencyKey: 'key',
  enqueueId: 'enqueue',
  enqueuedAt: new Date(0).toISOString(),
});

describe('referencesOf', () => {
  it('derives a short lowercase reference from the job id, the same in every process, distinct per job', () => {
    expect(jobReferenceOf('sms-1')).toBe(jobReferenceOf('sms-1'));
    expect(jobReferenceOf('sms-1')).not.toBe(jobReferenceOf('sms-2'));
    expect(jobReferenceOf('sms-1')).toMatch(/^[a-z0-9]{17}$/);
  });

  it("numbers several recipients of one text by Ghasedak's rule, and keeps one recipient's reference as it is", () => {
    const base = jobReferenceOf('sms-1');
    const several = referencesOf(job('send', { to: ['+989121111111', '+989122222222'], text: 'x' }), 'sms-1', true);
    expect(several.message).toEqual({ to: ['+989121111111', '+989122222222'], text: 'x', reference: base });
    expect(several.references).toEqual([`${base}-1`, `${base}-2`]);
    const one = referencesOf(job('sendTemplate', { to: '+989121111111', template: 'otp', params: {} }), 'sms-1', true);
    expect(one.references).toEqual([base]);
  });

  it("keeps the user's own reference, numbered the same way, and adds none when told not to", () => {
    const data = job('send', { to: ['+989121111111', '+989122222222'], text: 'x', reference: 'order-7' });
    expect(referencesOf(data, 'sms-1', true)).toEqual({
      message: data.message,
      references: ['order-7-1', 'order-7-2'],
    });
    const plain = job('send', { to: '+989121111111', text: 'x' });
    expect(referencesOf(plain, 'sms-1', false)).toEqual({ message: plain.message, references: [null] });
  });

  it('gives each message of a batch its own reference unless it has one', () => {
    const base = jobReferenceOf('sms-1');
    const { message, references } = referencesOf(
      job('sendBatch', [
        { to: '+989121111111', text: 'a' },
        { to: '+989122222222', text: 'b', reference: 'mine' },
      ]),
      'sms-1',
      true,
    );
    expect(references).toEqual([`${base}-1`, 'mine']);
    expect(message).toEqual([
      { to: '+989121111111', text: 'a', reference: `${base}-1` },
      { to: '+989122222222', text: 'b', reference: 'mine' },
    ]);
  });
});
