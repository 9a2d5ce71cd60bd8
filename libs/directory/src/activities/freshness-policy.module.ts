import { Global, Module } from '@nestjs/common';
import { FRESHNESS_POLICY, FreshnessPolicy } from './freshness';

/** The stale period, from configuration, for every module that reads a listing's freshness. */
@Global()
@Module({})
export class FreshnessPolicyModule {
  static forRoot(policy: FreshnessPolicy) {
    return { module: FreshnessPolicyModule, providers: [{ provide: FRESHNESS_POLICY, useValue: policy }], exports: [FRESHNESS_POLICY] };
  }
}
