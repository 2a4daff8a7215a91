/** Polls `read` until `done` holds for its answer (the test's own timeout bounds it). */
export async function waitFor<Value>(read: () => Promise<Value>, done: (value: Value) => boolean): Promise<Value> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
