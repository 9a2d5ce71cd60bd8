import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { OpenReferralController } from './open-referral.controller';
import { ORUK_RATE_LIMIT, RateLimitInterceptor } from './rate-limit';

@Module({})
export class OpenReferralModule {
  static forRoot(options: { rateLimitPerMinute: number }): DynamicModule {
    return {
      module: OpenReferralModule,
      imports: [DirectoryModule],
      controllers: [OpenReferralController],
      providers: [{ provide: ORUK_RATE_LIMIT, useValue: options.rateLimitPerMinute }, RateLimitInterceptor],
    };
  }
}
