import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { OpenReferralController } from './open-referral.controller';

@Module({ imports: [DirectoryModule], controllers: [OpenReferralController] })
export class OpenReferralModule {}
