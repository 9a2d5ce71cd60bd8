import { Global, Module } from '@nestjs/common';
import { OrganisationAccess } from './organisation-access';

/** The access policy every feature uses; its ports (sessions, memberships) come from the accounts feature. */
@Global()
@Module({ providers: [OrganisationAccess], exports: [OrganisationAccess] })
export class AccessModule {}
