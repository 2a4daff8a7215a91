import type { ModuleMetadata } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { afterEach } from 'vitest';

interface Closable {
  close(): Promise<unknown>;
}

/**
 * For a test file: `compile` builds a testing module and `track` takes any module or app to close, and every
 * one of them is closed after each test, so no client, socket or timer outlives the test that made it.
 */
export function useTestingModules(): {
  compile(metadata: ModuleMetadata): Promise<TestingModule>;
  track<Value extends Closable>(closable: Value): Value;
} {
  const open: Closable[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((closable) => closable.close()));
  });
  const track = <Value extends Closable>(closable: Value): Value => {
    open.push(closable);
    return closable;
  };
  return { track, compile: async (metadata) => track(await Test.createTestingModule(metadata).compile()) };
}
