import { Controller, Query } from '@nestjs/common';
import { Role, Roles } from '@app/access';
import { BadUserInputError, CsvGet, csvTable, isIsoDate } from '@app/common';
import { AssuredProviders } from '../status/assured-providers';
import { AssuranceReport } from './assurance-report';

@Controller('reports')
export class AssuranceReportController {
  constructor(
    private readonly report: AssuranceReport,
    private readonly providers: AssuredProviders,
  ) {}

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @CsvGet('assurance.csv')
  csv(): Promise<string> {
    return this.report.csv();
  }

  /** The assured-providers register at the end of a day, as `assuredProviderRegister` gives it. */
  @Roles(Role.ASSURER, Role.COMMISSIONER, Role.ADMIN, Role.LINK_WORKER)
  @CsvGet('assured-providers.csv')
  async register(@Query('asOf') asOf: string | undefined): Promise<string> {
    if (asOf !== undefined && !isIsoDate(asOf)) throw BadUserInputError.field('asOf', 'must be a date YYYY-MM-DD');
    const rows = await this.providers.register(asOf);
    return csvTable(
      ['organisation_id', 'organisation', 'charity_number', 'status', 'tier', 'valid_until', 'assessed_on', 'assessed_by'],
      rows.map((r) => [
        r.organisation.id,
        r.organisation.name,
        r.organisation.charityNumber,
        r.status,
        r.tier,
        r.validUntil,
        r.assessedAt?.toISOString().slice(0, 10),
        r.assessedBy?.email,
      ]),
    );
  }
}
