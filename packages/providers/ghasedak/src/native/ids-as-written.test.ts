import { describe, expect, it } from 'vitest';
import { idsAsWritten } from './ids-as-written';

const read = (text: string) => idsAsWritten(text, (JSON.parse(text) as { items: unknown[] }).items);

describe('idsAsWritten', () => {
  it('copies the ids of a send answer as its text writes them', () => {
    expect(read('{"result":{"code":200,"message":"success"},"items":[2581100787,2581100788]}')).toEqual(['2581100787', '2581100788']);
    expect(read('{ "items" : [ 2578793735 ] , "result": {"code": 200} }')).toEqual(['2578793735']);
    expect(read('{"items":[\n  1,\n  22 ,333\n]}')).toEqual(['1', '22', '333']);
    expect(read('{"items":[]}')).toEqual([]);
  });

  it('gives the same text as String() on 2,000 random ids', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    const ids = Array.from({ length: 2_000 }, () => next() * 4 + (next() % 4));
    expect(read(JSON.stringify({ result: { code: 200 }, items: ids }))).toEqual(ids.map(String));
  });

  it('leaves to the caller any list that is not plain whole numbers', () => {
    expect(read('{"items":[2581100787,"2581100788"]}')).toBeUndefined();
    expect(read('{"items":[1.5,2]}')).toBeUndefined();
    expect(read('{"items":[-1,2]}')).toBeUndefined();
    expect(read('{"items":[1e10]}')).toBeUndefined();
    expect(read('{"items":[{"messageid":1}]}')).toBeUndefined();
  });

  it('does not take a list of digits from elsewhere in the answer', () => {
    // Another `items` comes first in the text; its numbers differ from the parsed top-level list.
    expect(read('{"result":{"code":200,"detail":{"items":[7,8]}},"items":[2581100787,2581100788]}')).toBeUndefined();
    expect(idsAsWritten('{"items":[1,2]}', [1, 2, 3])).toBeUndefined();
  });
});
