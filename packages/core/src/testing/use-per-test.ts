import { afterEach, beforeEach } from 'vitest';

/**
 * A fixture made fresh before each test of the calling file or `describe` block and disposed of after it.
 * The object returned stands for the current test's fixture (property reads and method calls go to it), so
 * a test file can declare it once at the top: `const mock = usePerTest(createMock, (mock) => mock.close())`.
 */
export function usePerTest<Fixture extends object>(
  create: () => Fixture,
  dispose: (fixture: Fixture) => unknown,
): Fixture {
  let current: Fixture | undefined;
  beforeEach(() => {
    current = create();
  });
  afterEach(async () => {
    const fixture = current;
    current = undefined;
    if (fixture !== undefined) await dispose(fixture);
  });
  const active = (): Fixture => {
    if (current === undefined)
      throw new Error('usePerTest: the fixture exists only while a test runs (inside it, beforeEach or afterEach).');
    return current;
  };
  return new Proxy({} as Fixture, {
    get(_target, key) {
      const fixture = active();
      const value: unknown = Reflect.get(fixture, key, fixture);
      return typeof value === 'function' ? value.bind(fixture) : value;
    },
    has: (_target, key) => Reflect.has(active(), key),
  });
}
