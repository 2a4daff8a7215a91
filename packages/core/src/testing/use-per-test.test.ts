import { describe, expect, it } from 'vitest';
import { usePerTest } from './use-per-test';

const created: { id: number; disposed: boolean }[] = [];

describe('usePerTest', () => {
  const fixture = usePerTest(
    () => {
      const made = { id: created.length + 1, disposed: false, name: () => `fixture ${made.id}` };
      created.push(made);
      return made;
    },
    (made) => {
      made.disposed = true;
    },
  );

  it('gives each test a fresh fixture, its methods bound to it', () => {
    expect(fixture.id).toBe(1);
    const { name } = fixture;
    expect(name()).toBe('fixture 1');
  });

  it('disposes of the previous test fixture before the next one is used', () => {
    expect(fixture.id).toBe(2);
    expect(created[0]!.disposed).toBe(true);
    expect(created[1]!.disposed).toBe(false);
  });
});

describe('usePerTest outside a test', () => {
  const fixture = usePerTest(
    () => ({ id: 0 }),
    () => undefined,
  );
  // Read while the describe block is collected, before any test has started.
  let outside: unknown;
  try {
    void fixture.id;
  } catch (error) {
    outside = error;
  }

  it('refuses a read made outside a test with a clear error, and serves reads inside one', () => {
    expect(outside).toBeInstanceOf(Error);
    expect((outside as Error).message).toMatch(/only while a test runs/);
    expect(fixture.id).toBe(0);
  });
});
