import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChecklistTemplateEntity } from './checklist-template.entity';

@Injectable()
export class ChecklistService {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest version; assessments keep the version they started with. */
  async current(): Promise<ChecklistTemplateEntity> {
    const [template] = await this.dataSource.getRepository(ChecklistTemplateEntity).find({ order: { version: 'DESC' }, take: 1 });
    if (!template) throw new Error('No checklist template: the migrations seed one');
    return template;
  }
}
