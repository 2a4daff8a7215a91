import { describe, expect, it } from 'vitest';
import {
  isRecord,
  readBoolean,
  readDate,
  readField,
  readId,
  readInteger,
  readList,
  readNumber,
  readRecord,
  readRecordList,
  readString,
} from './lenient-readers';

describe('readField', () => {
  it('reads the first of several spellings that is present (Ghasedak: totalcount, totalCount)', () => {
    expect(readField({ totalCount: 3 }, 'totalcount', 'totalCount')).toBe(3);
    expect(readField({ totalcount: 2, totalCount: 3 }, 'totalcount', 'totalCount')).toBe(2);
  });

  it('tries each name with a capital first letter too (SMSAfzar: batchId, BatchId)', () => {
    expect(readField({ BatchId: 'b-1' }, 'batchId')).toBe('b-1');
    // The spelling asked for wins over the capitalised one, and both of a name before the next name.
    expect(readField({ batchId: 'lower', BatchId: 'upper' }, 'batchId')).toBe('lower');
    expect(readField({ SentMessageId: 'm-1', id: 'other' }, 'sentMessageId', 'id')).toBe('m-1');
  });

  it('treats null as absent and goes on to the next name', () => {
    expect(readField({ messageid: null, messageId: 7 }, 'messageid', 'messageId')).toBe(7);
    expect(readField({ token: null }, 'token')).toBeUndefined();
  });

  it('keeps falsy values that are present: 0, false and the empty string', () => {
    expect(readField({ count: 0 }, 'count')).toBe(0);
    expect(readField({ ok: false }, 'ok')).toBe(false);
    expect(readField({ text: '' }, 'text')).toBe('');
  });

  it('is undefined for anything that is not an object, and never reads inherited fields', () => {
    for (const source of [null, undefined, 'text', 42, [1, 2], true])
      expect(readField(source, 'length')).toBeUndefined();
    expect(readField({}, 'constructor', 'toString', '__proto__')).toBeUndefined();
    expect(readField(JSON.parse('{"__proto__": "own"}'), '__proto__')).toBe('own');
  });
});

describe('readString', () => {
  it('reads strings as they are and finite numbers as their text', () => {
    expect(readString('abc')).toBe('abc');
    expect(readString('')).toBe('');
    expect(readString(' padded ')).toBe(' padded ');
    expect(readString(2_581_100_787)).toBe('2581100787');
    expect(readString(1.5)).toBe('1.5');
  });

  it('is undefined for anything else', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, {}, ['a']])
      expect(readString(value), String(value)).toBeUndefined();
  });

  it('reads a field of an object when names are given', () => {
    expect(readString({ errorMessage: 'bad' }, 'errorMessage', 'message')).toBe('bad');
    expect(readString({ Message: 'cased' }, 'errorMessage', 'message')).toBe('cased');
    expect(readString({ message: 5 }, 'message')).toBe('5');
    expect(readString({ message: {} }, 'message')).toBeUndefined();
    expect(readString('not an object', 'message')).toBeUndefined();
  });
});

describe('readId', () => {
  it('reads numeric ids past 2^31 as text, and string ids trimmed', () => {
    expect(readId(2_581_100_787)).toBe('2581100787');
    expect(readId(' abc-1 ')).toBe('abc-1');
    expect(readId({ messageid: 12 }, 'messageid', 'messageId')).toBe('12');
  });

  it('is undefined for blank strings, non-finite numbers and other types', () => {
    for (const value of ['', '   ', Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [1], false])
      expect(readId(value), String(value)).toBeUndefined();
  });
});

describe('readNumber', () => {
  it.each([
    ['1,800', 1800],
    ['1', 1],
    ['1,250,000', 1_250_000],
    [' 2 500 ', 2500],
    ['۱٬۸۰۰', 1800],
    ['١٢٣', 123],
    ['12.5', 12.5],
    ['۱۲٫۵', 12.5],
    ['۱\u200c۲۰۰', 1200],
    ['-1,000', -1000],
    ['+5', 5],
    ['.5', 0.5],
    ['5.', 5],
    [' 12 ', 12],
    ['1e3', 1000],
    ['0012', 12],
    [1800, 1800],
    [-0.25, -0.25],
  ])('reads %j as %d', (input, expected) => {
    expect(readNumber(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['free'],
    ['1,8a'],
    ['0x10'],
    ['Infinity'],
    ['1e999'],
    ['1.2.3'],
    ['--1'],
    [null],
    [undefined],
    [Number.NaN],
    [Number.NEGATIVE_INFINITY],
    [true],
    [{}],
    [[1]],
  ])('gives undefined for %j', (input) => {
    expect(readNumber(input)).toBeUndefined();
  });

  it('reads a field under any of its names', () => {
    expect(readNumber({ credit: '1,800' }, 'credit', 'balance', 'amount')).toBe(1800);
    expect(readNumber({ Balance: '۲۵۰' }, 'credit', 'balance')).toBe(250);
    expect(readNumber({ totalcount: '12' }, 'totalcount', 'totalCount')).toBe(12);
  });
});

describe('readInteger', () => {
  it('reads whole numbers, and strings of digits with a sign and spaces around them', () => {
    expect(readInteger(3)).toBe(3);
    expect(readInteger(-7)).toBe(-7);
    expect(readInteger('42')).toBe(42);
    expect(readInteger(' -5 ')).toBe(-5);
    expect(readInteger('۱۷۰۰۰۰۰۰۰۰')).toBe(1_700_000_000);
    expect(readInteger({ exp: '1700000000' }, 'exp')).toBe(1_700_000_000);
  });

  it('is undefined for fractions, grouped numbers and anything else', () => {
    for (const value of [1.5, '1.5', '1,800', '+5', '', ' ', 'x', Number.NaN, null, undefined, {}, true])
      expect(readInteger(value), String(value)).toBeUndefined();
  });
});

describe('readBoolean', () => {
  it('reads booleans, "true" / "false" in any case, and 1 / 0', () => {
    expect(readBoolean(true)).toBe(true);
    expect(readBoolean(false)).toBe(false);
    expect(readBoolean(' TRUE ')).toBe(true);
    expect(readBoolean('False')).toBe(false);
    expect(readBoolean(1)).toBe(true);
    expect(readBoolean(0)).toBe(false);
    expect(readBoolean('1')).toBe(true);
    expect(readBoolean('0')).toBe(false);
    expect(readBoolean({ success: true }, 'success')).toBe(true);
  });

  it('is undefined for anything else', () => {
    for (const value of [2, -1, 'yes', '', 'truthy', null, undefined, {}, []])
      expect(readBoolean(value), String(value)).toBeUndefined();
  });
});

describe('readDate', () => {
  it('reads Unix seconds, as a number or a string of 9 or 10 digits', () => {
    expect(readDate(1_700_000_000)?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(readDate(' 1700000000 ')?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('reads ISO 8601 strings and valid dates', () => {
    expect(readDate('2025-03-01T10:00:00Z')?.toISOString()).toBe('2025-03-01T10:00:00.000Z');
    const date = new Date('2025-03-01T10:00:00Z');
    expect(readDate(date)).toBe(date);
    expect(readDate({ statusDate: '2025-03-01T10:00:00+03:30' }, 'statusDate', 'date')?.toISOString()).toBe(
      '2025-03-01T06:30:00.000Z',
    );
  });

  it('is undefined for what cannot be read as a date', () => {
    for (const value of ['', '  ', 'tomorrow', new Date(Number.NaN), Number.NaN, null, undefined, {}, true])
      expect(readDate(value), String(value)).toBeUndefined();
  });
});

describe('records and lists', () => {
  it('isRecord and readRecord take plain objects only', () => {
    expect(isRecord({})).toBe(true);
    for (const value of [null, undefined, [], 'x', 1]) expect(isRecord(value)).toBe(false);
    expect(readRecord({ a: 1 })).toEqual({ a: 1 });
    expect(readRecord({ result: { code: 200 } }, 'result')).toEqual({ code: 200 });
    expect(readRecord({ result: [1] }, 'result')).toBeUndefined();
    expect(readRecord(null)).toBeUndefined();
  });

  it('readList gives the list as it is, and an empty list for anything else', () => {
    const items = [1, 'two', null];
    expect(readList(items)).toBe(items);
    expect(readList({ items }, 'items')).toBe(items);
    expect(readList({ items: 'x' }, 'items')).toEqual([]);
    expect(readList(undefined)).toEqual([]);
  });

  it('readRecordList keeps the objects of a list and skips the rest', () => {
    expect(readRecordList({ messages: [{ id: 1 }, null, 'x', [2], { id: 3 }] }, 'messages')).toEqual([
      { id: 1 },
      { id: 3 },
    ]);
    expect(readRecordList({ Messages: [{ id: 1 }] }, 'messages')).toEqual([{ id: 1 }]);
    expect(readRecordList({ messages: {} }, 'messages')).toEqual([]);
  });
});
