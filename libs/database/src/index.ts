export * from './app-meta.entity';
export * from './data-source';
export * from './embedded-postgres';
export * from './advisory-locks';
export * from './transactions';
export * from './pg-listener';
