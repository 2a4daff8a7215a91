import { describe, expect, it } from 'vitest';
import { idsAsWritten } from './ids-as-written';

const read = (text: string) => idsAsWritten(text, (JSON.parse(text) as { items: unknown[] }).items);

describe('idsAsWritten', () => {
  it('gives the ids of a send answer as strings', () => {
    expect(read('{"result":{"code":200,"message":"success"},"items":[2581100787,2581100788]}')).toEqual([
      '2581100787',
      '2581100788',
    ]);
    expect(read('{ "items" : [ 2578793735 ] , "result": {"code": 200} }')).toEqual(['2578793735']);
    expect(read('{"items":["2581100787"]}')).toEqual(['2581100787']);
    expect(read('{"items":[]}')).toEqual([]);
  });

  it('gives the same text as the answer on 2,000 random ids', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const ids = Array.from({ length: 2_000 }, () => next() * 4 + (next() % 4));
    expect(read(JSON.stringify({ result: { code: 200 }, items: ids }))).toEqual(ids.map(String));
  });

  it('keeps ids beyond 2^53 digit for digit, where JSON.parse rounds them', () => {
    const text =
      '{"result":{"code":200,"message":"success"},"items":[9007199254740993,2581100787,12345678901234567891]}';
    // What the parsed numbers alone would give: the first and last rounded.
    expect((JSON.parse(text) as { items: number[] }).items.map(String)).toEqual([
      '9007199254740992',
      '2581100787',
      '12345678901234567000',
    ]);
    expect(read(text)).toEqual(['9007199254740993', '2581100787', '12345678901234567891']);
  });

  it('takes the top-level items, never digits inside a string or a list elsewhere in the answer', () => {
    const text =
      '{"result":{"code":200,"message":"sent \\"99999999999999999999\\" [1,2]"},"detail":{"items":[9007199254740995]},"items":[9007199254740993],"n":1.5e300}';
    expect(read(text)).toEqual(['9007199254740993']);
  });

  it('gives undefined for an item that is not an id', () => {
    expect(read('{"items":[2581100787,{"messageid":1},""]}')).toEqual(['2581100787', undefined, undefined]);
    expect(read('{"items":[9007199254740993,null]}')).toEqual(['9007199254740993', undefined]);
  });
});
