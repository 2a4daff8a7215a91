/** A number that grows with every change the inbox should show, so the page knows when to redraw. */
export interface ChangeCounter {
  readonly value: number;
  bump(): void;
  /** Calls `listener` after every bump, until the returned function is called. */
  onChange(listener: () => void): () => void;
}

export function createChangeCounter(): ChangeCounter {
  let value = 0;
  const listeners = new Set<() => void>();
  return {
    get value() {
      return value;
    },
    bump: () => {
      value += 1;
      for (const listener of listeners) listener();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
