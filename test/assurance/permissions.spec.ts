import { startTestApp, TestApp } from '../support/test-app';
import { createOrganisation, userWithRole } from '../support/fixtures';

import { Caller, CALLERS, expectOutcome, only, Outcome } from '../support/permission-matrix';

/** Every assurance operation × every role, plus anonymous. */
describe('assurance permission matrix', () => {
  let t: TestApp;
  const tokens = {} as Record<Caller, string | undefined>;
  let orgId: string;
  let assessmentId: string;
  let concernId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    tokens.ADMIN = await t.login('admin@demo.test');
    tokens['member VCSE_LEADER'] = await userWithRole(t, tokens.ADMIN, 'VCSE_LEADER');
    tokens['other VCSE_LEADER'] = await t.login('leader@demo.test');
    tokens.LINK_WORKER = await t.login('linkworker@demo.test');
    tokens.ASSURER = await t.login('assurer@demo.test');
    tokens.COMMISSIONER = await t.login('commissioner@demo.test');
    orgId = await createOrganisation(t, tokens['member VCSE_LEADER'], 'Matrix Group');
    const started = await t.gql('mutation($o: ID!) { startAssessment(organisationId: $o, tier: STANDARD) { id } }', { o: orgId }, tokens['member VCSE_LEADER']);
    assessmentId = started.data.startAssessment.id;
    const raised = await t.gql(
      'mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { id } }',
      { i: { organisationId: orgId, category: 'QUALITY', description: 'The advertised session did not take place.' } },
      tokens.COMMISSIONER,
    );
    concernId = raised.data.raiseConcern.id;
  });
  afterAll(() => t?.close());

  const leaders: Caller[] = ['member VCSE_LEADER', 'ADMIN'];
  const operations: [string, Record<Caller, Outcome>, string, () => Record<string, unknown>][] = [
    ['startAssessment', only(leaders), 'mutation($o: ID!) { startAssessment(organisationId: $o, tier: ENHANCED) { id } }', () => ({ o: orgId })],
    [
      'provideEvidence',
      only(leaders),
      'mutation($a: ID!) { provideEvidence(assessmentId: $a, input: { itemKey: "first_aid", declared: true }) { id } }',
      () => ({ a: assessmentId }),
    ],
    ['submitAssessment', only(leaders), 'mutation($a: ID!) { submitAssessment(assessmentId: $a) { id } }', () => ({ a: assessmentId })],
    [
      'reviewEvidence',
      only(['ASSURER']),
      'mutation($a: ID!) { reviewEvidence(assessmentId: $a, itemKey: "first_aid", accept: true) { id } }',
      () => ({ a: assessmentId }),
    ],
    ['decideAssessment', only(['ASSURER']), 'mutation($a: ID!) { decideAssessment(assessmentId: $a, decision: REJECT) { id } }', () => ({ a: assessmentId })],
    [
      'raiseConcern',
      only(['LINK_WORKER', 'member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN']),
      'mutation($o: ID!) { raiseConcern(input: { organisationId: $o, category: QUALITY, description: "Sessions often start late." }) { id } }',
      () => ({ o: orgId }),
    ],
    [
      'suspendOrganisation',
      only(['ASSURER']),
      'mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "checking") { id } }',
      () => ({ o: orgId }),
    ],
    ['liftSuspension', only(['ASSURER']), 'mutation($o: ID!) { liftSuspension(organisationId: $o, note: "cleared") { id } }', () => ({ o: orgId })],
    [
      'resolveConcern',
      only(['ASSURER']),
      'mutation { resolveConcern(concernId: "00000000-0000-4000-8000-000000000000", note: "n", reinstate: false) { id } }',
      () => ({}),
    ],
    [
      'assessment',
      only(['member VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN']),
      'query($a: ID!) { assessment(id: $a) { id } }',
      () => ({ a: assessmentId }),
    ],
    [
      'organisationAssessments',
      only(['member VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN']),
      'query($o: ID!) { organisationAssessments(organisationId: $o) { id } }',
      () => ({ o: orgId }),
    ],
    ['assuranceAudit', only(['ASSURER', 'COMMISSIONER', 'ADMIN']), '{ assuranceAudit { id } }', () => ({})],
    ['verifyAuditChain', only(['ASSURER', 'COMMISSIONER', 'ADMIN']), '{ verifyAuditChain { valid } }', () => ({})],
    ['concerns', only(['ASSURER', 'COMMISSIONER', 'ADMIN']), '{ concerns { id } }', () => ({})],
    ['concern', only(['ASSURER', 'COMMISSIONER', 'ADMIN']), 'query($c: ID!) { concern(id: $c) { id } }', () => ({ c: concernId })],
    ['assessmentQueue', only(['ASSURER', 'ADMIN']), '{ assessmentQueue { id } }', () => ({})],
    ['auditActions', only(['ASSURER', 'COMMISSIONER', 'ADMIN']), '{ auditActions }', () => ({})],
    ['assuredProviderRegister', only(['LINK_WORKER', 'ASSURER', 'COMMISSIONER', 'ADMIN']), '{ assuredProviderRegister { status } }', () => ({})],
    ['expiringEvidence', only(['member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'ADMIN']), '{ expiringEvidence(withinDays: 30) { itemKey } }', () => ({})],
    ['assuredProviders', only(['LINK_WORKER', 'ASSURER', 'COMMISSIONER', 'ADMIN']), '{ assuredProviders { id } }', () => ({})],
    [
      'checklistTemplate',
      only(['LINK_WORKER', 'member VCSE_LEADER', 'other VCSE_LEADER', 'ASSURER', 'COMMISSIONER', 'ADMIN']),
      '{ checklistTemplate { version } }',
      () => ({}),
    ],
  ];

  for (const [name, expected, query, variables] of operations) {
    for (const caller of CALLERS) {
      it(`${name} by ${caller}: ${expected[caller]}`, async () => {
        expectOutcome(expected[caller], (await t.gql(query, variables(), tokens[caller])).errors);
      });
    }
  }
});
