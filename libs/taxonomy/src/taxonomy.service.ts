import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, FieldProblem } from '@app/common';
import { TaxonomyKind } from './taxonomy-kind';
import { TaxonomyTermEntity } from './taxonomy-term.entity';
import { TaxonomyTermType } from './taxonomy-term.type';

/**
 * The taxonomies, held in memory: they change only through migrations, so they are read once at
 * start and every lookup after that is free.
 */
@Injectable()
export class TaxonomyService implements OnModuleInit {
  private byKind = new Map<TaxonomyKind, Map<string, TaxonomyTermType>>();

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const rows = await this.dataSource.getRepository(TaxonomyTermEntity).find({ order: { kind: 'ASC', sortOrder: 'ASC' } });
    const byKind = new Map<TaxonomyKind, Map<string, TaxonomyTermType>>();
    for (const kind of Object.values(TaxonomyKind)) byKind.set(kind, new Map());
    for (const row of rows) {
      byKind.get(row.kind)!.set(row.code, Object.assign(new TaxonomyTermType(), { code: row.code, label: row.label, kind: row.kind }));
    }
    this.byKind = byKind;
  }

  list(kind: TaxonomyKind): TaxonomyTermType[] {
    return [...this.byKind.get(kind)!.values()];
  }

  /** Terms for codes, in the order given; unknown codes are skipped (they were validated on write). */
  terms(kind: TaxonomyKind, codes: readonly string[]): TaxonomyTermType[] {
    const map = this.byKind.get(kind)!;
    return codes.map((code) => map.get(code)).filter((t): t is TaxonomyTermType => !!t);
  }

  term(kind: TaxonomyKind, code: string | null | undefined): TaxonomyTermType | null {
    return (code && this.byKind.get(kind)!.get(code)) || null;
  }

  label(kind: TaxonomyKind, code: string): string {
    return this.byKind.get(kind)!.get(code)?.label ?? code;
  }

  /** Problems for codes that are not terms of `kind` (empty when all are known). */
  unknownCodes(kind: TaxonomyKind, codes: readonly string[] | null | undefined, field: string): FieldProblem[] {
    const map = this.byKind.get(kind)!;
    const unknown = (codes ?? []).filter((code) => !map.has(code));
    if (!unknown.length) return [];
    return [{ field, message: `unknown ${kind.toLowerCase()} code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}` }];
  }

  assertKnown(kind: TaxonomyKind, codes: readonly string[] | null | undefined, field: string): void {
    const problems = this.unknownCodes(kind, codes, field);
    if (problems.length) throw new BadUserInputError(problems);
  }
}
