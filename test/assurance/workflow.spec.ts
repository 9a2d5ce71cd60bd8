import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { LapseJob } from '@app/assurance';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const ASSESSMENT = `id status tier validUntil submittedAt decidedAt decidedBy { email } organisation { id assuranceStatus }
  evidence { itemKey status reference documentId declared expiresOn validUntil reviewerNote } template { version }`;

describe('quality assurance workflow', () => {
  let t: TestApp;
  let leader: string;
  let otherLeader: string;
  let assurer: string;
  let linkWorker: string;
  let commissioner: string;
  let orgId: string;
  let activityId: string;
  let assessmentId: string;
  const documents: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const admin = await t.login('admin@demo.test');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    otherLeader = await t.login('leader@demo.test');
    assurer = await t.login('assurer@demo.test');
    linkWorker = await t.login('linkworker@demo.test');
    commissioner = await t.login('commissioner@demo.test');
    orgId = await createOrganisation(t, leader, 'Gorton Good Neighbours');
    activityId = await createActivity(t, leader, { organisationId: orgId, title: 'Good neighbours phone chat', deliveryMode: 'PHONE', needs: ['loneliness'] });
  });
  afterAll(() => t?.close());

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => t.gql(query, variables, token);
  const upload = (token: string | undefined, organisationId: string, bytes: Buffer, name = 'policy.pdf') => {
    const req = request(t.app.getHttpServer()).post('/evidence-documents').field('organisationId', organisationId).attach('file', bytes, name);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };
  const provide = (input: Record<string, unknown>, token = leader) =>
    gql(`mutation($a: ID!, $i: EvidenceInput!) { provideEvidence(assessmentId: $a, input: $i) { ${ASSESSMENT} } }`, { a: assessmentId, i: input }, token);
  const review = (itemKey: string, accept: boolean, note?: string, token = assurer) =>
    gql(
      `mutation($a: ID!, $k: String!, $ok: Boolean!, $n: String) { reviewEvidence(assessmentId: $a, itemKey: $k, accept: $ok, note: $n) { ${ASSESSMENT} } }`,
      { a: assessmentId, k: itemKey, ok: accept, n: note },
      token,
    );
  const decide = (decision: string, token = assurer) =>
    gql(
      `mutation($a: ID!, $d: AssessmentDecision!) { decideAssessment(assessmentId: $a, decision: $d, note: "checked") { ${ASSESSMENT} } }`,
      { a: assessmentId, d: decision },
      token,
    );
  const submit = () => gql(`mutation($a: ID!) { submitAssessment(assessmentId: $a) { ${ASSESSMENT} } }`, { a: assessmentId }, leader);

  it('stores evidence documents checked by content, with their SHA-256, for the organisation only', async () => {
    for (const key of ['governing_document', 'safeguarding_policy', 'health_and_safety', 'equality_diversity', 'complaints_procedure']) {
      const res = await upload(leader, orgId, PDF, `${key}.pdf`);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ contentType: 'application/pdf', sizeBytes: PDF.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      documents[key] = res.body.id;
    }
    const fake = await upload(leader, orgId, Buffer.from('just text, honestly a PDF'), 'policy.pdf');
    expect(fake.status).toBe(400);
    expect(fake.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
    expect((await upload(otherLeader, orgId, PDF)).status).toBe(403);
    expect((await upload(undefined, orgId, PDF)).status).toBe(401);
  });

  it('lets members, assurers, commissioners and admins download a document, and nobody else', async () => {
    const get = (token?: string) => {
      const req = request(t.app.getHttpServer())
        .get(`/evidence-documents/${documents.safeguarding_policy}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      if (token) req.set('authorization', `Bearer ${token}`);
      return req;
    };
    for (const token of [leader, assurer, commissioner]) {
      const res = await get(token);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(res.body, PDF)).toBe(0);
    }
    expect((await get(otherLeader)).status).toBe(403);
    expect((await get(linkWorker)).status).toBe(403);
    expect((await get(undefined)).status).toBe(401);
    expect(
      (
        await get(assurer).then(() =>
          request(t.app.getHttpServer()).get('/evidence-documents/00000000-0000-4000-8000-000000000000').set('authorization', `Bearer ${assurer}`),
        )
      ).status,
    ).toBe(404);
  });

  it('starts an assessment, refuses to submit it while items are missing or expired, then submits', async () => {
    const started = await gql(`mutation($o: ID!) { startAssessment(organisationId: $o, tier: STANDARD) { ${ASSESSMENT} } }`, { o: orgId }, leader);
    expect(started.errors).toBeUndefined();
    assessmentId = started.data.startAssessment.id;
    expect(started.data.startAssessment).toMatchObject({ status: 'IN_PROGRESS', tier: 'STANDARD', organisation: { assuranceStatus: 'IN_PROGRESS' } });
    expect(started.data.startAssessment.evidence.every((e: { status: string }) => e.status === 'MISSING')).toBe(true);
    const again = await gql(`mutation($o: ID!) { startAssessment(organisationId: $o, tier: ENHANCED) { id } }`, { o: orgId }, leader);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const missing = await submit();
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining(['evidence.governing_document', 'evidence.public_liability_insurance', 'evidence.first_aid']),
    );
    expect(missing.errors?.[0].extensions?.fields).not.toContain('evidence.dbs_checks'); // not required at STANDARD

    for (const [key, id] of Object.entries(documents)) expect((await provide({ itemKey: key, documentId: id, issuedOn: day(-30) })).errors).toBeUndefined();
    expect((await provide({ itemKey: 'safeguarding_lead', reference: 'Chair' })).errors).toBeUndefined();
    expect((await provide({ itemKey: 'data_protection', reference: 'ZA123456' })).errors).toBeUndefined();
    expect((await provide({ itemKey: 'first_aid', declared: true })).errors).toBeUndefined();
    expect((await provide({ itemKey: 'public_liability_insurance', reference: 'PL-1', expiresOn: day(-1) })).errors).toBeUndefined();

    // Kind-specific rules and ownership of documents.
    expect((await provide({ itemKey: 'first_aid', declared: false })).errors?.[0].extensions?.fields).toEqual(['declared']);
    expect((await provide({ itemKey: 'governing_document' })).errors?.[0].extensions?.fields).toEqual(['documentId']);
    expect((await provide({ itemKey: 'no_such_item', reference: 'x' })).errors?.[0].extensions?.fields).toEqual(['itemKey']);
    expect((await provide({ itemKey: 'first_aid', declared: true }, otherLeader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const expired = await submit();
    expect(expired.errors?.[0].extensions?.fields).toEqual(['evidence.public_liability_insurance']);
    expect(expired.errors?.[0].message).toMatch(/Public liability insurance has expired/);

    expect((await provide({ itemKey: 'public_liability_insurance', reference: 'PL-2', expiresOn: day(200) })).errors).toBeUndefined();
    const submitted = await submit();
    expect(submitted.data.submitAssessment).toMatchObject({ status: 'SUBMITTED', organisation: { assuranceStatus: 'SUBMITTED' } });
  });

  it('lets only assurers review and decide, and assures only when every required item is accepted', async () => {
    expect((await review('first_aid', true, undefined, leader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decide('ASSURE', leader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decide('ASSURE', commissioner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await review('first_aid', false)).errors?.[0].extensions?.fields).toEqual(['note']);
    const rejected = await review('first_aid', false, 'Please name the first aider role');
    expect(rejected.data.reviewEvidence.evidence.find((e: { itemKey: string }) => e.itemKey === 'first_aid')).toMatchObject({
      status: 'REJECTED',
      reviewerNote: 'Please name the first aider role',
    });
    const early = await decide('ASSURE');
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0].extensions?.fields).toContain('evidence.first_aid');

    const required = [
      'governing_document',
      'safeguarding_lead',
      'safeguarding_policy',
      'public_liability_insurance',
      'health_and_safety',
      'data_protection',
      'equality_diversity',
      'complaints_procedure',
      'first_aid',
    ];
    for (const key of required) expect((await review(key, true)).errors).toBeUndefined();
    const assured = await decide('ASSURE');
    expect(assured.errors).toBeUndefined();
    // The earliest evidence expiry (insurance, 200 days) comes before twelve months.
    expect(assured.data.decideAssessment).toMatchObject({
      status: 'ASSURED',
      validUntil: day(200),
      decidedBy: { email: 'assurer@demo.test' },
      organisation: { assuranceStatus: 'ASSURED' },
    });
  });

  it('puts the assured provider into assured-only search, and a safeguarding concern takes it out at once', async () => {
    const search = async () => {
      await t.flushSearch();
      const res = await gql('{ searchActivities(input: { text: "good neighbours" }) { hits { activity { id } } } }', {});
      return res.data.searchActivities.hits.map((h: { activity: { id: string } }) => h.activity.id);
    };
    expect(await search()).toContain(activityId);
    // The open data says when the provider was assured, but never names the assurer.
    const published = await request(t.app.getHttpServer()).get(`/openreferral/v3/services/${activityId}`);
    expect(published.body).toMatchObject({ assured_date: day(0) });
    expect(JSON.stringify(published.body)).not.toContain('assurer@demo.test');

    const concern = await gql(
      'mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { id status category organisation { assuranceStatus } activity { id } } }',
      { i: { organisationId: orgId, activityId, category: 'SAFEGUARDING', description: 'A volunteer shared phone numbers of callers without consent.' } },
      linkWorker,
    );
    expect(concern.data.raiseConcern).toMatchObject({
      status: 'OPEN',
      category: 'SAFEGUARDING',
      organisation: { assuranceStatus: 'SUSPENDED' },
      activity: { id: activityId },
    });
    expect(await search()).not.toContain(activityId);

    expect((await gql('{ concerns(status: OPEN) { id } }', {}, linkWorker)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const open = await gql('{ concerns(status: OPEN) { id organisation { name } } }', {}, assurer);
    expect(open.data.concerns.map((c: { id: string }) => c.id)).toContain(concern.data.raiseConcern.id);

    const resolved = await gql(
      'mutation($c: ID!) { resolveConcern(concernId: $c, note: "Volunteer retrained; data deleted", reinstate: true) { status organisation { assuranceStatus } } }',
      { c: concern.data.raiseConcern.id },
      assurer,
    );
    expect(resolved.data.resolveConcern).toEqual({ status: 'RESOLVED', organisation: { assuranceStatus: 'ASSURED' } });
    expect(await search()).toContain(activityId);

    const suspended = await gql(
      'mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "Insurer withdrew cover") { assuranceStatus } }',
      { o: orgId },
      assurer,
    );
    expect(suspended.data.suspendOrganisation.assuranceStatus).toBe('SUSPENDED');
    expect(
      (await gql('mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "x") { id } }', { o: orgId }, linkWorker)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const [{ id: concernId }] = await t.dataSource.query(`SELECT id FROM concerns WHERE organisation_id = $1`, [orgId]);
    await t.dataSource.query(`UPDATE concerns SET status = 'OPEN' WHERE id = $1`, [concernId]); // reuse the concern to reinstate
    await gql('mutation($c: ID!) { resolveConcern(concernId: $c, note: "Cover restored", reinstate: true) { status } }', { c: concernId }, assurer);
  });

  it('lists reminders of evidence running out, for leaders of their own organisations', async () => {
    const mine = await gql('{ expiringEvidence(withinDays: 250) { organisation { id } itemKey validUntil } }', {}, leader);
    expect(mine.data.expiringEvidence).toEqual([{ organisation: { id: orgId }, itemKey: 'public_liability_insurance', validUntil: day(200) }]);
    const none = await gql('{ expiringEvidence(withinDays: 30) { itemKey } }', {}, leader);
    expect(none.data.expiringEvidence).toEqual([]);
  });

  it('lapses on schedule (injectable clock), and assuredProviders answers from history', async () => {
    const providers = async (asOf?: string) => {
      const res = await gql('query($a: DateTime) { assuredProviders(asOf: $a) { id } }', { a: asOf }, commissioner);
      return res.data.assuredProviders.map((o: { id: string }) => o.id);
    };
    const beforeAssessment = new Date(Date.now() - 3600_000).toISOString();
    expect(await providers()).toContain(orgId);
    expect(await providers(beforeAssessment)).not.toContain(orgId);

    const whileAssured = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const job = t.app.get(LapseJob);
    expect(await job.run(new Date(`${day(185)}T12:00:00Z`))).toBeGreaterThanOrEqual(1); // within 30 days of the end
    const stored = async () => (await t.dataSource.query('SELECT assurance_status FROM organisations WHERE id = $1', [orgId]))[0].assurance_status;
    expect(await stored()).toBe('EXPIRING');
    await job.run(new Date(`${day(201)}T12:00:00Z`));
    const [row] = await t.dataSource.query('SELECT assurance_status FROM organisations WHERE id = $1', [orgId]);
    expect(row.assurance_status).toBe('LAPSED');

    expect(await providers(new Date(`${day(199)}T12:00:00Z`).toISOString())).not.toContain(orgId); // the history now ends in LAPSED
    expect(await providers(whileAssured)).toContain(orgId); // …but before the lapse it was assured
    const audit = await gql('query($o: ID) { assuranceAudit(organisationId: $o) { action } }', { o: orgId }, assurer);
    const actions = audit.data.assuranceAudit.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'ASSESSMENT_STARTED',
        'EVIDENCE_PROVIDED',
        'ASSESSMENT_SUBMITTED',
        'EVIDENCE_REVIEWED',
        'ASSESSMENT_DECIDED',
        'CONCERN_RAISED',
        'ORGANISATION_SUSPENDED',
        'CONCERN_RESOLVED',
        'ORGANISATION_REINSTATED',
        'EXPIRING',
        'LAPSED',
      ]),
    );
    expect((await gql('{ verifyAuditChain { valid } }', {}, assurer)).data.verifyAuditChain.valid).toBe(true);
  });

  it('exports every organisation with its assurance as CSV for commissioners and admins only', async () => {
    const res = await request(t.app.getHttpServer()).get('/reports/assurance.csv').set('authorization', `Bearer ${commissioner}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^organisation_id,organisation,charity_number,status,tier,decision,decision_date,assurer,valid_until,expiry_governing_document,/);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM organisations');
    expect(lines).toHaveLength(n + 1);
    const ours = lines.find((l) => l.startsWith(orgId))!.split(',');
    const header = lines[0].split(',');
    const cell = (name: string) => ours[header.indexOf(name)];
    expect(cell('organisation')).toBe('Gorton Good Neighbours');
    expect(cell('status')).toBe('LAPSED');
    expect(cell('tier')).toBe('STANDARD');
    expect(cell('assurer')).toBe('assurer@demo.test');
    expect(cell('valid_until')).toBe(day(200));
    expect(cell('expiry_public_liability_insurance')).toBe(day(200));
    expect(cell('expiry_dbs_checks')).toBe('');
    for (const token of [leader, linkWorker, assurer]) {
      expect((await request(t.app.getHttpServer()).get('/reports/assurance.csv').set('authorization', `Bearer ${token}`)).status).toBe(403);
    }
  });

  it('checks the assured date on read, so a lapse shows before the job has run', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM organisations WHERE name = 'Ancoats Community Kitchen'`);
    await t.dataSource.query(`UPDATE organisations SET assurance_status = 'ASSURED', assured_until = $2 WHERE id = $1`, [id, day(-1)]);
    expect((await gql('query($o: ID!) { organisation(id: $o) { assuranceStatus } }', { o: id }, linkWorker)).data.organisation.assuranceStatus).toBe('LAPSED');
    await t.dataSource.query(`UPDATE organisations SET assured_until = $2 WHERE id = $1`, [id, day(10)]);
    expect((await gql('query($o: ID!) { organisation(id: $o) { assuranceStatus } }', { o: id }, linkWorker)).data.organisation.assuranceStatus).toBe(
      'EXPIRING',
    );
    expect(
      await (await gql('query($a: DateTime) { assuredProviders(asOf: $a) { id } }', {}, commissioner)).data.assuredProviders.map((o: { id: string }) => o.id),
    ).toContain(id);
  });

  it('lets a leader read only their own organisation’s assessments; link workers see only the badge', async () => {
    expect((await gql('query($a: ID!) { assessment(id: $a) { id } }', { a: assessmentId }, leader)).errors).toBeUndefined();
    expect((await gql('query($a: ID!) { assessment(id: $a) { id } }', { a: assessmentId }, otherLeader)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql('query($o: ID!) { organisationAssessments(organisationId: $o) { id } }', { o: orgId }, linkWorker)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await gql('query($o: ID!) { organisation(id: $o) { assuranceStatus } }', { o: orgId }, linkWorker)).data.organisation.assuranceStatus).toBe(
      'LAPSED',
    );
  });

  it('starts a re-assessment from the last evidence', async () => {
    const again = await gql(`mutation($o: ID!) { startAssessment(organisationId: $o, tier: STANDARD) { ${ASSESSMENT} } }`, { o: orgId }, leader);
    const evidence = again.data.startAssessment.evidence;
    expect(evidence.find((e: { itemKey: string }) => e.itemKey === 'safeguarding_lead')).toMatchObject({ status: 'PROVIDED', reference: 'Chair' });
    expect(evidence.find((e: { itemKey: string }) => e.itemKey === 'dbs_checks').status).toBe('MISSING');
  });
});
