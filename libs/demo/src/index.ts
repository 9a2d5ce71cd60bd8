export * from './demo-organisations';
export * from './demo-seed';
