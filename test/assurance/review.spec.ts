import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { createOrganisation, userWithRole } from '../support/fixtures';
import { assureOrganisation, day, STANDARD_ITEMS, submitStandardAssessment } from '../support/assurance-fixtures';

const ASSESSMENT = `id status returnedAt returnNote timesReturned decisionNote organisation { id assuranceStatus }
  evidence { itemKey status reference reviewerNote }`;

type Evidence = { itemKey: string; status: string; reference: string | null; reviewerNote: string | null };

describe('assurers’ review: the queue, return for changes, the register on a date, the audit and concerns', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let assurer: string;
  let commissioner: string;
  let orgId: string;
  let assessmentId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.login('admin@demo.test');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    assurer = await t.login('assurer@demo.test');
    commissioner = await t.login('commissioner@demo.test');
    orgId = await createOrganisation(t, leader, 'Levenshulme Litter Pickers');
  });
  afterAll(() => t?.close());

  const item = (evidence: Evidence[], key: string) => evidence.find((e) => e.itemKey === key)!;
  const review = (itemKey: string, accept: boolean, note?: string) =>
    t.gql(
      `mutation($a: ID!, $k: String!, $ok: Boolean!, $n: String) { reviewEvidence(assessmentId: $a, itemKey: $k, accept: $ok, note: $n) { id } }`,
      { a: assessmentId, k: itemKey, ok: accept, n: note },
      assurer,
    );
  const decide = (decision: string, note?: string) =>
    t.gql(
      `mutation($a: ID!, $d: AssessmentDecision!, $n: String) { decideAssessment(assessmentId: $a, decision: $d, note: $n) { ${ASSESSMENT} } }`,
      { a: assessmentId, d: decision, n: note },
      assurer,
    );
  const queue = async () => (await t.gql('{ assessmentQueue { id submittedAt organisation { name } } }', {}, assurer)).data.assessmentQueue;

  it('queues submitted assessments longest waiting first', async () => {
    const otherLeader = await userWithRole(t, admin, 'VCSE_LEADER');
    const earlierOrg = await createOrganisation(t, otherLeader, 'Rusholme Reading Circle');
    const earlier = await submitStandardAssessment(t, otherLeader, earlierOrg);
    assessmentId = await submitStandardAssessment(t, leader, orgId);
    const ids = (await queue()).map((a: { id: string }) => a.id);
    expect(ids.indexOf(earlier)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(earlier)).toBeLessThan(ids.indexOf(assessmentId));
    const waited = (await queue()).map((a: { submittedAt: string }) => a.submittedAt);
    expect([...waited].sort()).toEqual(waited);
  });

  it('returns an assessment for changes, keeping accepted items and the notes, and takes it back on resubmission', async () => {
    for (const key of STANDARD_ITEMS.filter((k) => k !== 'first_aid' && k !== 'data_protection')) expect((await review(key, true)).errors).toBeUndefined();
    expect((await review('data_protection', false, 'That number is not on the ICO register')).errors).toBeUndefined();

    const returned = await decide('RETURN_FOR_CHANGES', 'Nearly there: one item to fix');
    expect(returned.errors).toBeUndefined();
    const back = returned.data.decideAssessment;
    expect(back).toMatchObject({
      status: 'IN_PROGRESS',
      returnNote: 'Nearly there: one item to fix',
      timesReturned: 1,
      organisation: { assuranceStatus: 'IN_PROGRESS' },
    });
    expect(back.returnedAt).toEqual(expect.any(String));
    expect(item(back.evidence, 'governing_document').status).toBe('ACCEPTED');
    expect(item(back.evidence, 'data_protection')).toMatchObject({ status: 'REJECTED', reviewerNote: 'That number is not on the ICO register' });
    expect(item(back.evidence, 'first_aid').status).toBe('PROVIDED'); // not yet looked at: stays as it was
    expect((await queue()).map((a: { id: string }) => a.id)).not.toContain(assessmentId);

    // The leader sees the same thing, and cannot resubmit until the item is changed.
    const seen = await t.gql(`query($a: ID!) { assessment(id: $a) { ${ASSESSMENT} } }`, { a: assessmentId }, leader);
    expect(seen.data.assessment.returnNote).toBe('Nearly there: one item to fix');
    const early = await t.gql('mutation($a: ID!) { submitAssessment(assessmentId: $a) { id } }', { a: assessmentId }, leader);
    expect(early.errors?.[0].extensions?.fields).toEqual(['evidence.data_protection']);
    expect(early.errors?.[0].message).toMatch(/Data protection needs the changes the assurer asked for/);

    const fixed = await t.gql(
      `mutation($a: ID!, $i: EvidenceInput!) { provideEvidence(assessmentId: $a, input: $i) { ${ASSESSMENT} } }`,
      { a: assessmentId, i: { itemKey: 'data_protection', reference: 'ZA765432' } },
      leader,
    );
    expect(item(fixed.data.provideEvidence.evidence, 'data_protection')).toMatchObject({
      status: 'PROVIDED',
      reference: 'ZA765432',
      reviewerNote: 'That number is not on the ICO register',
    });
    const resubmitted = await t.gql(`mutation($a: ID!) { submitAssessment(assessmentId: $a) { ${ASSESSMENT} } }`, { a: assessmentId }, leader);
    expect(resubmitted.data.submitAssessment).toMatchObject({ status: 'SUBMITTED', organisation: { assuranceStatus: 'SUBMITTED' } });
    expect(item(resubmitted.data.submitAssessment.evidence, 'governing_document').status).toBe('ACCEPTED');
    expect((await queue()).map((a: { id: string }) => a.id)).toContain(assessmentId);

    expect((await review('data_protection', true)).errors).toBeUndefined();
    expect((await review('first_aid', true)).errors).toBeUndefined();
    const assured = await decide('ASSURE', 'All in order');
    expect(assured.data.decideAssessment).toMatchObject({ status: 'ASSURED', decisionNote: 'All in order', organisation: { assuranceStatus: 'ASSURED' } });

    const audit = await t.gql(
      'query($o: ID, $a: String) { assuranceAudit(organisationId: $o, action: $a) { action organisationId } }',
      {
        o: orgId,
        a: 'ASSESSMENT_RETURNED',
      },
      assurer,
    );
    expect(audit.data.assuranceAudit).toEqual([{ action: 'ASSESSMENT_RETURNED', organisationId: orgId }]);
  });

  it('refuses a return with nothing to change, and a decision on an assessment not submitted', async () => {
    const org = await createOrganisation(t, leader, 'Longsight Lunch Club');
    assessmentId = await submitStandardAssessment(t, leader, org);
    const empty = await decide('RETURN_FOR_CHANGES');
    expect(empty.errors?.[0].extensions?.fields).toEqual(['note']);
    expect((await decide('RETURN_FOR_CHANGES', 'Please upload this year’s insurance schedule')).errors).toBeUndefined();
    expect((await decide('RETURN_FOR_CHANGES', 'again')).errors?.[0].extensions?.code).toBe('CONFLICT');
    const audit = await t.gql('query($a: String) { assuranceAudit(action: $a) { id } }', { a: 'not an action' }, assurer);
    expect(audit.errors?.[0].extensions?.fields).toEqual(['action']);
  });

  it('gives the register on a date with the status each provider had then, and the same as CSV', async () => {
    const org = await createOrganisation(t, leader, 'Fallowfield Friendship Group');
    await assureOrganisation(t, leader, assurer, org, 20); // insurance ends in 20 days: EXPIRING from today
    const register = async (asOf?: string) =>
      (
        await t.gql(
          'query($d: Date) { assuredProviderRegister(asOf: $d) { organisation { id name } status tier validUntil assessedAt assessedBy { email } } }',
          { d: asOf },
          commissioner,
        )
      ).data.assuredProviderRegister;
    const today = await register();
    expect(today.find((r: { organisation: { id: string } }) => r.organisation.id === org)).toMatchObject({
      status: 'EXPIRING',
      tier: 'STANDARD',
      validUntil: day(20),
      assessedBy: { email: 'assurer@demo.test' },
    });
    const names = today.map((r: { organisation: { name: string } }) => r.organisation.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'en-GB'))).toEqual(names);
    expect((await register(day(-1))).map((r: { organisation: { id: string } }) => r.organisation.id)).not.toContain(org);
    const impossible = await t.gql('query($d: Date) { assuredProviderRegister(asOf: $d) { status } }', { d: '2026-02-30' }, commissioner);
    expect(impossible.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const csv = await request(t.app.getHttpServer())
      .get(`/reports/assured-providers.csv?asOf=${day(0)}`)
      .set('authorization', `Bearer ${commissioner}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('organisation_id,organisation,charity_number,status,tier,valid_until,assessed_on,assessed_by');
    expect(lines).toHaveLength(today.length + 1);
    expect(lines.find((l) => l.startsWith(org))).toBe(`${org},Fallowfield Friendship Group,,EXPIRING,STANDARD,${day(20)},${day(0)},assurer@demo.test`);
    const bad = await request(t.app.getHttpServer()).get('/reports/assured-providers.csv?asOf=yesterday').set('authorization', `Bearer ${commissioner}`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual(['asOf']);
    expect((await request(t.app.getHttpServer()).get('/reports/assured-providers.csv').set('authorization', `Bearer ${leader}`)).status).toBe(403);
  });

  it('opens one concern with its resolution', async () => {
    const raised = await t.gql(
      'mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { id status } }',
      { i: { organisationId: orgId, category: 'QUALITY', description: 'The session started an hour late twice this month.' } },
      commissioner,
    );
    const id = raised.data.raiseConcern.id;
    await t.gql(
      'mutation($c: ID!) { resolveConcern(concernId: $c, note: "Spoke to the chair; times corrected", reinstate: false) { id } }',
      { c: id },
      assurer,
    );
    const concern = await t.gql('query($c: ID!) { concern(id: $c) { status resolvedAt resolutionNote organisation { id } } }', { c: id }, commissioner);
    expect(concern.data.concern).toMatchObject({ status: 'RESOLVED', resolutionNote: 'Spoke to the chair; times corrected', organisation: { id: orgId } });
    expect(concern.data.concern.resolvedAt).toEqual(expect.any(String));
    const missing = await t.gql('query { concern(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, assurer);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
