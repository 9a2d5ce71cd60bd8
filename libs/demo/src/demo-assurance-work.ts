import type { INestApplicationContext } from '@nestjs/common';
import { Role } from '@app/access';
import { AssessmentsService, AssuranceTier, ConcernCategory, ConcernsService, EvidenceDocumentsService, EvidenceKind } from '@app/assurance';
import { addDays, isoDay } from '@app/common';
import { OrganisationsRepository } from '@app/directory';

/** A one-page PDF standing in for a policy document. */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The organisation whose assessment waits in the assurers' queue, and the one with an open concern. */
export const DEMO_SUBMITTED_ASSESSMENT = 'Sale Bereavement Café';
export const DEMO_CONCERN = 'Bury Befriending Service';

/**
 * Work for the demo assurer, made through the same services people use: an assessment submitted
 * with every standard item (documents uploaded), and an open safeguarding concern about the
 * suspended group. Runs once, right after the demo directory is loaded.
 */
export async function seedDemoAssuranceWork(app: INestApplicationContext, users: Map<string, string>, now: Date): Promise<void> {
  const organisations = app.get(OrganisationsRepository);
  const all = await organisations.all();
  const byName = (name: string) => all.find((o) => o.name === name);
  const admin = { userId: users.get('admin@demo.test')!, role: Role.ADMIN };

  const submitting = byName(DEMO_SUBMITTED_ASSESSMENT);
  if (submitting) {
    const assessments = app.get(AssessmentsService);
    const documents = app.get(EvidenceDocumentsService);
    const started = await assessments.start(admin, submitting.id, AssuranceTier.STANDARD);
    const items = started.template.items.filter((i) => i.requiredForTiers.includes(AssuranceTier.STANDARD));
    const today = isoDay(now);
    for (const item of items) {
      const documentId =
        item.evidenceKind === EvidenceKind.DOCUMENT
          ? (await documents.upload(admin, submitting.id, { originalname: `${item.key}.pdf`, buffer: DEMO_PDF, size: DEMO_PDF.length })).id
          : undefined;
      await assessments.provide(admin, started.id, {
        itemKey: item.key,
        documentId,
        issuedOn: item.evidenceKind === EvidenceKind.DOCUMENT ? addDays(today, -60) : undefined,
        reference:
          item.evidenceKind === EvidenceKind.DATE
            ? 'PL-2026-118'
            : item.evidenceKind === EvidenceKind.REFERENCE
              ? item.key === 'data_protection'
                ? 'ZA481516'
                : 'Volunteer coordinator'
              : undefined,
        declared: item.evidenceKind === EvidenceKind.DECLARATION ? true : undefined,
        expiresOn: item.evidenceKind === EvidenceKind.DATE ? addDays(today, 240) : undefined,
      });
    }
    await assessments.submit(admin, started.id);
  }

  const suspended = byName(DEMO_CONCERN);
  if (suspended) {
    await app.get(ConcernsService).raise(
      { userId: users.get('linkworker@demo.test')!, role: Role.LINK_WORKER },
      {
        organisationId: suspended.id,
        category: ConcernCategory.SAFEGUARDING,
        description: 'A volunteer visited a member at home alone, although the group says visits are always made in pairs.',
      },
    );
  }
}
