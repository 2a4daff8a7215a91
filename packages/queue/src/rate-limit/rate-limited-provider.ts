import { SmsError, type CallOptions, type SmsProvider } from '@sms/core';
import { batchCost, sendCost } from './call-cost';
import type { RateLimitCost } from './shared-rate-limit-types';

export interface ProviderGate {
  acquire(providerId: string, cost: RateLimitCost): Promise<void>;
  onRateLimited(error: SmsError): Promise<void>;
}

type Method = (...args: unknown[]) => Promise<unknown>;

interface Limited {
  /** Where the method takes its `CallOptions`. */
  optionsAt: number;
  cost(args: unknown[], provider: SmsProvider): { requests: number; recipients: number };
}

const ONE_REQUEST = (): { requests: number; recipients: number } => ({ requests: 1, recipients: 0 });

// The unified API's network calls. `native` calls are the provider's own and are not counted.
const LIMITED: Record<string, Limited> = {
  send: { optionsAt: 1, cost: (args, provider) => sendCost(args[0], provider.capabilities) },
  sendTemplate: { optionsAt: 1, cost: (args, provider) => sendCost(args[0], provider.capabilities) },
  sendBatch: { optionsAt: 1, cost: (args, provider) => batchCost(args[0], provider.capabilities) },
  cancel: { optionsAt: 1, cost: ONE_REQUEST },
  getStatus: { optionsAt: 1, cost: ONE_REQUEST },
  getBalance: { optionsAt: 0, cost: ONE_REQUEST },
  listInbound: { optionsAt: 1, cost: ONE_REQUEST },
};

function signalOf(options: unknown): AbortSignal | undefined {
  const signal = typeof options === 'object' && options !== null ? (options as CallOptions).signal : undefined;
  return signal instanceof AbortSignal ? signal : undefined;
}

/**
 * The provider seen through the shared limit: the calls in LIMITED wait for their turn first, and a
 * RATE_LIMITED answer pauses the provider everywhere before it is thrown on. Every other property is read
 * from the provider itself, so its own type (with `native`) is kept.
 */
export function rateLimitedProvider<Provider extends SmsProvider>(provider: Provider, gate: ProviderGate): Provider {
  const wrapped = new Map<string, Method>();
  // A proxy may not answer another value than a frozen object's own for its properties, so a frozen
  // provider is seen through an empty object that inherits from it.
  const shell = Object.isFrozen(provider) ? (Object.create(provider) as Provider) : provider;
  const target = provider;
  return new Proxy(shell, {
    get(_shell, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof property !== 'string' || typeof value !== 'function') return value;
      const limited = LIMITED[property];
      if (limited === undefined) return (value as Method).bind(target);
      let method = wrapped.get(property);
      if (method === undefined) {
        const original = value as Method;
        method = async (...args: unknown[]) => {
          const signal = signalOf(args[limited.optionsAt]);
          await gate.acquire(target.id, { ...limited.cost(args, target), ...(signal === undefined ? {} : { signal }) });
          try {
            return await original.apply(target, args);
          } catch (error) {
            if (SmsError.isInstance(error) && error.code === 'RATE_LIMITED')
              // The provider's error is what the caller must see, even when Redis cannot record the pause.
              await gate.onRateLimited(error).catch(() => undefined);
            throw error;
          }
        };
        wrapped.set(property, method);
      }
      return method;
    },
  });
}
