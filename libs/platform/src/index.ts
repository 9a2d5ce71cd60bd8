export * from './infrastructure';
export * from './api.module';
export * from './create-api';
