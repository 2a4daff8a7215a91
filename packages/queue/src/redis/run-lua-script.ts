/** A Lua script of this package, run atomically in one round trip. */
export interface LuaScript {
  name: string;
  lua: string;
  /** How many of the arguments are keys (the rest are ARGV). */
  numberOfKeys: number;
}

/**
 * The part of BullMQ's Redis client that runs Lua scripts. BullMQ 6 runs a defined script with `runCommand`;
 * BullMQ 5 hands out the ioredis client, where a defined script is a method of its own.
 */
export interface ScriptClient {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
  runCommand?(name: string, args: unknown[]): Promise<unknown>;
}

const defined = new WeakMap<object, Set<string>>();

/** Defines `script` on `client` the first time it runs there, then runs it with `args` (keys first). */
export function runLuaScript(client: ScriptClient, script: LuaScript, args: readonly unknown[]): Promise<unknown> {
  let names = defined.get(client);
  if (names === undefined) defined.set(client, (names = new Set()));
  if (!names.has(script.name)) {
    client.defineCommand(script.name, { numberOfKeys: script.numberOfKeys, lua: script.lua });
    names.add(script.name);
  }
  if (typeof client.runCommand === 'function') return client.runCommand(script.name, [...args]);
  const method = (client as unknown as Record<string, (...values: unknown[]) => Promise<unknown>>)[script.name]!;
  return method.apply(client, [...args]);
}
