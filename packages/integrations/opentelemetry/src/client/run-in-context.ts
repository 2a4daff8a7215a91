import { context, type Context } from '@opentelemetry/api';

/**
 * `work`'s promise, run inside `active`: a rejected promise also when `work` throws at once or a user's hook
 * answers a plain value, so that a span ended by `.then` is always ended. Cheaper than an `async` wrapper: a
 * native promise passes through `Promise.resolve` as it is.
 */
export function runInContext<T>(active: Context, work: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(context.with(active, work));
  } catch (error) {
    return Promise.reject(error);
  }
}
