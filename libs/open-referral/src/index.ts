export * from './oruk-ids';
export * from './oruk-mapper';
export * from './open-referral.module';
