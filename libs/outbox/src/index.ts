export * from './outbox.entity';
export * from './search-outbox';
export * from './outbox.module';
