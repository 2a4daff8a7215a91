import { describe, expect, it } from 'vitest';
import { parseIsoDateTime } from './parse-iso-date-time';

describe('parseIsoDateTime', () => {
  it.each([
    ['2030-01-01T09:00:00Z', '2030-01-01T09:00:00.000Z'],
    ['2030-01-01T09:00Z', '2030-01-01T09:00:00.000Z'],
    ['2030-01-01T12:30:00+03:30', '2030-01-01T09:00:00.000Z'],
    ['2030-01-01T04:00:00.250-05:00', '2030-01-01T09:00:00.250Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2030-01-01',
    '2030-01-01T09:00:00',
    '2030-02-30T09:00:00Z',
    '2029-02-29T00:00:00Z',
    '2030-01-01T24:00:00Z',
    '2030-13-01T09:00:00Z',
    '2030-01-01T09:00:00+25:00',
    'Tue, 01 Jan 2030 09:00:00 GMT',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoDateTime(text)).toBeUndefined();
  });
});
