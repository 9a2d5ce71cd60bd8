export * from './postcode';
export * from './outcode-table';
export * from './location';
export * from './geo.module';
export * from './gazetteer/locator';
export * from './gazetteer/postcode.entity';
export * from './gazetteer/load/gazetteer-loader';
export * from './gazetteer/postcode-directory.resolver';
