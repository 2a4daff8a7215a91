import { describe, expect, it } from 'vitest';
import messageStatusAnswer from '../__fixtures__/message-status.json';
import multiStatusAnswer from '../__fixtures__/multi-status.json';
import { parseSmsPartnerDate } from './parse-sms-partner-date';

describe('parseSmsPartnerDate', () => {
  it('reads the local date-time of message-status in Paris time (winter: UTC+1)', () => {
    expect(parseSmsPartnerDate(messageStatusAnswer.date)).toEqual(new Date('2015-02-07T21:39:46Z'));
  });

  it('reads a summer local date-time with UTC+2, or as UTC when asked', () => {
    expect(parseSmsPartnerDate('2030-07-14 10:05:00')).toEqual(new Date('2030-07-14T08:05:00Z'));
    expect(parseSmsPartnerDate('2030-07-14 10:05:00', 'utc')).toEqual(new Date('2030-07-14T10:05:00Z'));
  });

  it('reads Unix seconds as a string or a number, and ISO dates with an offset', () => {
    expect(parseSmsPartnerDate(multiStatusAnswer.StatutResponse_List[0]!.date)).toEqual(new Date(1517934416 * 1000));
    expect(parseSmsPartnerDate(1517934416)).toEqual(new Date(1517934416 * 1000));
    expect(parseSmsPartnerDate('2030-07-14T08:05:00Z')).toEqual(new Date('2030-07-14T08:05:00Z'));
  });

  it('gives undefined for anything else', () => {
    expect(parseSmsPartnerDate('yesterday')).toBeUndefined();
    expect(parseSmsPartnerDate(undefined)).toBeUndefined();
    expect(parseSmsPartnerDate('')).toBeUndefined();
  });
});
