import { Controller, Get, Header } from '@nestjs/common';
import { Role, Roles } from '@app/access';
import { AssuranceReport } from './assurance-report';

@Controller('reports')
export class AssuranceReportController {
  constructor(private readonly report: AssuranceReport) {}

  @Roles(Role.COMMISSIONER, Role.ADMIN)
  @Get('assurance.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="assurance.csv"')
  @Header('cache-control', 'private, no-store')
  csv(): Promise<string> {
    return this.report.csv();
  }
}
