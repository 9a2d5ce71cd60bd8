import request from 'supertest';
import { TestApp } from './test-app';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const DOCUMENT_ITEMS = ['governing_document', 'safeguarding_policy', 'health_and_safety', 'equality_diversity', 'complaints_procedure'];
export const STANDARD_ITEMS = [...DOCUMENT_ITEMS, 'safeguarding_lead', 'data_protection', 'first_aid', 'public_liability_insurance'];

async function ok<T>(response: Promise<{ data?: T; errors?: unknown[] }>): Promise<T> {
  const res = await response;
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/**
 * Starts a STANDARD assessment and submits it with every required item provided, through the public
 * API. The insurance ends `insuredForDays` from today. Returns the assessment id.
 */
export async function submitStandardAssessment(t: TestApp, leader: string, organisationId: string, insuredForDays = 300): Promise<string> {
  const started = await ok<{ startAssessment: { id: string } }>(
    t.gql('mutation($o: ID!) { startAssessment(organisationId: $o, tier: STANDARD) { id } }', { o: organisationId }, leader),
  );
  const assessmentId = started.startAssessment.id;
  const provide = (input: Record<string, unknown>) =>
    ok(t.gql('mutation($a: ID!, $i: EvidenceInput!) { provideEvidence(assessmentId: $a, input: $i) { id } }', { a: assessmentId, i: input }, leader));
  for (const key of DOCUMENT_ITEMS) {
    const uploaded = await request(t.app.getHttpServer())
      .post('/evidence-documents')
      .set('authorization', `Bearer ${leader}`)
      .field('organisationId', organisationId)
      .attach('file', PDF, `${key}.pdf`);
    await provide({ itemKey: key, documentId: uploaded.body.id, issuedOn: day(-30) });
  }
  await provide({ itemKey: 'safeguarding_lead', reference: 'Chair' });
  await provide({ itemKey: 'data_protection', reference: 'ZA123456' });
  await provide({ itemKey: 'first_aid', declared: true });
  await provide({ itemKey: 'public_liability_insurance', reference: 'PL-1', expiresOn: day(insuredForDays) });
  await ok(t.gql('mutation($a: ID!) { submitAssessment(assessmentId: $a) { id } }', { a: assessmentId }, leader));
  return assessmentId;
}

/**
 * Takes an organisation through the whole workflow at STANDARD tier, through the public API: uploads,
 * evidence, submission, review and an ASSURE decision. The insurance ends `insuredForDays` from today,
 * so the assurance runs until then (at most twelve months). Returns the assessment id.
 */
export async function assureOrganisation(t: TestApp, leader: string, assurer: string, organisationId: string, insuredForDays = 300): Promise<string> {
  const assessmentId = await submitStandardAssessment(t, leader, organisationId, insuredForDays);
  for (const key of STANDARD_ITEMS) {
    await ok(
      t.gql('mutation($a: ID!, $k: String!) { reviewEvidence(assessmentId: $a, itemKey: $k, accept: true) { id } }', { a: assessmentId, k: key }, assurer),
    );
  }
  await ok(t.gql('mutation($a: ID!) { decideAssessment(assessmentId: $a, decision: ASSURE) { id } }', { a: assessmentId }, assurer));
  return assessmentId;
}
