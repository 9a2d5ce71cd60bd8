import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  LINK_WORKER = 'LINK_WORKER',
  VCSE_LEADER = 'VCSE_LEADER',
  ASSURER = 'ASSURER',
  COMMISSIONER = 'COMMISSIONER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });
