export * from './postcode';
export * from './outcode-table';
export * from './postcode-locator';
