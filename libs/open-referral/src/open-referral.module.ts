import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { OrukExporter } from './export/oruk-exporter';
import { ExternalRecordsRepository } from './import/external-records.repository';
import { OrukImporter } from './import/oruk-importer';
import { OpenReferralController } from './open-referral.controller';
import { ASSURER_CONTACT, OrukServices } from './oruk-services';
import { ORUK_PUBLISH, OrukPublication, PublishScope } from './publication';
import { PublishedListingsRepository } from './published-listings.repository';
import { ORUK_RATE_LIMIT, RateLimitInterceptor } from './rate-limit';

@Module({})
export class OpenReferralModule {
  static forRoot(options: { rateLimitPerMinute: number; publish: PublishScope; assurerContact?: string }): DynamicModule {
    return {
      module: OpenReferralModule,
      imports: [DirectoryModule],
      controllers: [OpenReferralController],
      providers: [
        { provide: ORUK_RATE_LIMIT, useValue: options.rateLimitPerMinute },
        { provide: ORUK_PUBLISH, useValue: options.publish },
        { provide: ASSURER_CONTACT, useValue: options.assurerContact },
        RateLimitInterceptor,
        OrukPublication,
        PublishedListingsRepository,
        OrukServices,
        ExternalRecordsRepository,
        OrukImporter,
        OrukExporter,
      ],
      exports: [OrukImporter, OrukExporter],
    };
  }
}
