export * from './taxonomy-kind';
export * from './taxonomy-term.entity';
export * from './taxonomy-term.type';
export * from './taxonomy.service';
export * from './taxonomy.resolver';
export * from './taxonomy.module';
