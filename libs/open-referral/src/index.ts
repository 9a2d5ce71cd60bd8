export * from './oruk-ids';
export * from './oruk-mapper';
export * from './open-referral.module';
export * from './import/oruk-importer';
export * from './import/import-report-text';
export * from './import/oruk-feed';
export * from './export/oruk-exporter';
