import type { ProviderName } from '../provider-name';

/** Each account's credit: charged when a message is accepted, refunded when a scheduled one is canceled. */
export interface BalanceBook {
  get(provider: ProviderName): number;
  /** Takes `amount` if the account holds it; false (and nothing taken) otherwise. */
  charge(provider: ProviderName, amount: number): boolean;
  refund(provider: ProviderName, amount: number): void;
  reset(): void;
}

// SMS Partner counts in euro cents' fractions; keep sums free of floating-point dust.
const round = (value: number): number => Math.round(value * 1_000_000) / 1_000_000;

export function createBalanceBook(initial: Record<ProviderName, number>): BalanceBook {
  let balances = { ...initial };
  return {
    get: (provider) => balances[provider],
    charge: (provider, amount) => {
      if (amount > balances[provider] + 1e-9) return false;
      balances[provider] = round(balances[provider] - amount);
      return true;
    },
    refund: (provider, amount) => {
      balances[provider] = round(balances[provider] + amount);
    },
    reset: () => {
      balances = { ...initial };
    },
  };
}
