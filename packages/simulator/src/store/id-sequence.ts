/** Increasing numeric ids, like the providers' own (Ghasedak ids are above 2^31). */
export interface IdSequence {
  next(): number;
}

export function createIdSequence(start: number): IdSequence {
  let current = start;
  return { next: () => current++ };
}
