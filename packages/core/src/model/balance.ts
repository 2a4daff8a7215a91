/** The credit left on a provider account. */
export interface Balance {
  provider: string;
  amount: number;
  /** `IRR` for the Iranian providers (Rials), `EUR` for SMS Partner, or the provider's unit. */
  currency?: string;
  /** When the account or its credit expires, where the provider says. */
  expiresAt?: Date;
  raw: unknown;
}
