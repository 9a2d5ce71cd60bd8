import { Global, Module } from '@nestjs/common';
import { SearchOutbox } from './search-outbox';

@Global()
@Module({ providers: [SearchOutbox], exports: [SearchOutbox] })
export class OutboxModule {}
