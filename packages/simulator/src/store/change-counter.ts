/** A number that grows with every change the inbox should show, so the page knows when to redraw. */
export interface ChangeCounter {
  readonly value: number;
  bump(): void;
}

export function createChangeCounter(): ChangeCounter {
  let value = 0;
  return {
    get value() {
      return value;
    },
    bump: () => {
      value += 1;
    },
  };
}
