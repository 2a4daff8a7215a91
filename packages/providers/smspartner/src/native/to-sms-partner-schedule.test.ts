import { describe, expect, it } from 'vitest';
import { fromParisWallClock, parisWallClock } from './paris-time';
import { toSmsPartnerSchedule } from './to-sms-partner-schedule';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('toSmsPartnerSchedule', () => {
  it('reads a summer date in Paris summer time (UTC+2)', () => {
    const schedule = toSmsPartnerSchedule(new Date('2030-07-14T08:05:00Z'), { now: NOW });
    expect(schedule).toEqual({
      scheduledDeliveryDate: '14/07/2030',
      time: 10,
      minute: 5,
      sendAt: new Date('2030-07-14T08:05:00Z'),
    });
  });

  it('reads a winter date in Paris winter time (UTC+1)', () => {
    const schedule = toSmsPartnerSchedule(new Date('2030-01-15T08:05:00Z'), { now: NOW });
    expect(schedule).toEqual({
      scheduledDeliveryDate: '15/01/2030',
      time: 9,
      minute: 5,
      sendAt: new Date('2030-01-15T08:05:00Z'),
    });
  });

  it('moves to the next day in Paris when UTC is still the day before', () => {
    expect(toSmsPartnerSchedule(new Date('2030-12-31T23:30:00Z'), { now: NOW })).toMatchObject({
      scheduledDeliveryDate: '01/01/2031',
      time: 0,
      minute: 30,
    });
  });

  it('follows the clock change: the last Sunday of March 2030 is 31 March', () => {
    expect(toSmsPartnerSchedule(new Date('2030-03-31T00:55:00Z'), { now: NOW })).toMatchObject({ time: 1, minute: 55 });
    expect(toSmsPartnerSchedule(new Date('2030-03-31T01:00:00Z'), { now: NOW })).toMatchObject({ time: 3, minute: 0 });
  });

  it('refuses a time off the 5-minute step, naming the next step', () => {
    expect(() => toSmsPartnerSchedule(new Date('2030-07-14T08:07:00Z'), { now: NOW })).toThrow(
      /5-minute steps.*10:07:00 in Paris.*roundSendAt: 'up'.*10:10/,
    );
    expect(() => toSmsPartnerSchedule(new Date('2030-07-14T08:05:30Z'), { now: NOW })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT', outcome: 'not-sent' }),
    );
  });

  it('rounds up to the next step when asked, including across the hour and the day', () => {
    expect(toSmsPartnerSchedule(new Date('2030-07-14T08:07:00Z'), { now: NOW, round: 'up' })).toEqual({
      scheduledDeliveryDate: '14/07/2030',
      time: 10,
      minute: 10,
      sendAt: new Date('2030-07-14T08:10:00Z'),
    });
    expect(toSmsPartnerSchedule(new Date('2030-01-15T22:58:01Z'), { now: NOW, round: 'up' })).toMatchObject({
      scheduledDeliveryDate: '16/01/2030',
      time: 0,
      minute: 0,
    });
    expect(toSmsPartnerSchedule(new Date('2030-07-14T08:05:00.001Z'), { now: NOW, round: 'up' }).sendAt).toEqual(
      new Date('2030-07-14T08:10:00Z'),
    );
  });

  it('refuses a past or invalid date', () => {
    expect(() => toSmsPartnerSchedule(new Date('2020-01-01T00:00:00Z'), { now: NOW })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => toSmsPartnerSchedule(new Date('nope'), { now: NOW })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('Paris wall clock', () => {
  it('turns a Paris reading back into the instant, in summer and in winter', () => {
    expect(fromParisWallClock({ year: 2015, month: 2, day: 7, hour: 22, minute: 39, second: 46 })).toEqual(
      new Date('2015-02-07T21:39:46Z'),
    );
    expect(fromParisWallClock({ year: 2030, month: 7, day: 14, hour: 10, minute: 5, second: 0 })).toEqual(
      new Date('2030-07-14T08:05:00Z'),
    );
    expect(parisWallClock(new Date('2030-07-14T08:05:00Z'))).toEqual({
      year: 2030,
      month: 7,
      day: 14,
      hour: 10,
      minute: 5,
      second: 0,
    });
  });
});
