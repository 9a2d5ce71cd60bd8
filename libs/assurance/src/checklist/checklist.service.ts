import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@app/database';
import { ChecklistTemplateEntity } from './checklist-template.entity';

/** Checklist versions. */
@Injectable()
export class ChecklistService {
  constructor(private readonly transactions: Transactions) {}

  private get templates() {
    return this.transactions.tx.getRepository(ChecklistTemplateEntity);
  }

  /** The newest version; assessments keep the version they started with. */
  async current(): Promise<ChecklistTemplateEntity> {
    const [template] = await this.templates.find({ order: { version: 'DESC' }, take: 1 });
    if (!template) throw new Error('No checklist template: the migrations seed one');
    return template;
  }

  /** These versions (every version when no ids are given), by id. */
  async byId(ids?: readonly string[]): Promise<Map<string, ChecklistTemplateEntity>> {
    const found = ids ? (ids.length ? await this.templates.findBy({ id: In([...ids]) }) : []) : await this.templates.find();
    return new Map(found.map((t) => [t.id, t]));
  }
}
