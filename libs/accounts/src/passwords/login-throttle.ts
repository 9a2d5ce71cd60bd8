import { Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RateLimitedError } from '@app/common';

interface Rule {
  /** Failures in an hour before any delay. */
  free: number;
  /** Longest delay, in seconds: never a lockout that an attacker could hold a user in. */
  capSeconds: number;
}

/**
 * Growing delays after failed sign-ins, per account and address (strict: one attacker on one
 * account), per account (gentle: many addresses on one account) and per address (many accounts
 * from one place). While a key is delayed, sign-ins are refused without checking the password.
 * Counted in this process: each replica throttles what it sees.
 */
const RULES = {
  accountAndAddress: { free: 5, capSeconds: 15 * 60 },
  account: { free: 10, capSeconds: 60 },
  address: { free: 20, capSeconds: 60 * 60 },
} satisfies Record<string, Rule>;

@Injectable()
export class LoginThrottle {
  private readonly failures = new RateLimiterMemory({ keyPrefix: 'login-failures', points: 1_000_000, duration: 60 * 60 });
  private readonly delays = new RateLimiterMemory({ keyPrefix: 'login-delays', points: 1, duration: 1 });

  /**
   * Refuses a sign-in while any of its keys is delayed; otherwise counts it as a failure until it
   * succeeds, so that many attempts sent at once cannot all slip in before the first one fails.
   */
  async begin(email: string, address: string): Promise<void> {
    await this.assertAllowed(email, address);
    await this.failed(email, address);
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    let waitMs = 0;
    for (const key of Object.keys(this.keys(email, address))) {
      const delay = await this.delays.get(key);
      if (delay && delay.consumedPoints > 1) waitMs = Math.max(waitMs, delay.msBeforeNext);
    }
    if (waitMs > 0) throw new RateLimitedError('Too many failed sign-ins. Wait a moment, then try again', waitMs / 1000);
  }

  private async failed(email: string, address: string): Promise<void> {
    for (const [key, rule] of Object.entries(this.keys(email, address))) {
      const { consumedPoints: failures } = await this.failures.penalty(key, 1);
      if (failures > rule.free) await this.delays.block(key, Math.min(2 ** (failures - rule.free), rule.capSeconds));
    }
  }

  /** Clears the account's failures; the address gets back the attempt `begin` counted. */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = Object.keys(this.keys(email, address));
    await Promise.all(keys.map((k) => (k.startsWith('address:') ? this.failures.reward(k, 1) : this.failures.delete(k))));
  }

  private keys(email: string, address: string): Record<string, Rule> {
    const account = email.trim().toLowerCase();
    return {
      [`account-address:${account}|${address}`]: RULES.accountAndAddress,
      [`account:${account}`]: RULES.account,
      [`address:${address}`]: RULES.address,
    };
  }
}
