// The app first: it loads the features in dependency order.
import { startTestApp, TestApp } from '../support/test-app';
import { userWithRole } from '../support/fixtures';
import { AuditTrail } from '@app/assurance';

describe('assurance foundations: checklist and audit trail', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.login('admin@demo.test');
  });
  afterAll(() => t?.close());

  it('serves the versioned VCSE baseline checklist to signed-in users', async () => {
    const res = await t.gql('{ checklistTemplate { name version items { key title guidance evidenceKind requiredForTiers validityMonths } } }', {}, admin);
    const template = res.data.checklistTemplate;
    expect(template).toMatchObject({ name: 'VCSE baseline', version: 1 });
    const byKey = Object.fromEntries(template.items.map((i: { key: string }) => [i.key, i]));
    expect(byKey.safeguarding_policy).toMatchObject({ evidenceKind: 'DOCUMENT', validityMonths: 24, requiredForTiers: ['STANDARD', 'ENHANCED', 'REGULATED'] });
    expect(byKey.dbs_checks.requiredForTiers).toEqual(['ENHANCED', 'REGULATED']);
    expect(byKey.lone_working.requiredForTiers).not.toContain('STANDARD');
    expect(template.items.every((i: { guidance: string }) => i.guidance.length > 40)).toBe(true);
    expect((await t.gql('{ checklistTemplate { version } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('chains audit events, detects a row altered directly in the database, and refuses edits', async () => {
    const trail = t.app.get(AuditTrail);
    const before = (await trail.verify()).events; // the lapse job may already have recorded demo changes
    const [{ id: orgId }] = await t.dataSource.query('SELECT id FROM organisations ORDER BY name LIMIT 1');
    for (const action of ['ASSESSMENT_STARTED', 'EVIDENCE_PROVIDED', 'ASSESSMENT_SUBMITTED']) {
      await trail.append({ actorId: null, action, entityType: 'Assessment', entityId: 'a-1', organisationId: orgId, details: { note: action } });
    }
    const assurer = await t.login('assurer@demo.test');
    const ok = await t.gql('{ verifyAuditChain { valid events firstBrokenEventId } }', {}, assurer);
    expect(ok.data.verifyAuditChain).toEqual({ valid: true, events: before + 3, firstBrokenEventId: null });

    const listed = await t.gql('query($o: ID) { assuranceAudit(organisationId: $o) { id action entityType details hash } }', { o: orgId }, assurer);
    const mine = listed.data.assuranceAudit.filter((e: { entityType: string }) => e.entityType === 'Assessment');
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['ASSESSMENT_STARTED', 'EVIDENCE_PROVIDED', 'ASSESSMENT_SUBMITTED']);
    const events = { data: { assuranceAudit: mine } };

    // The application's own connection cannot change or remove a row…
    await expect(t.dataSource.query(`UPDATE audit_events SET details = '{}' WHERE id = $1`, [events.data.assuranceAudit[1].id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    // …so a tamperer with the table owner's rights must switch the trigger off; the chain still tells.
    await t.dataSource.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete');
    await t.dataSource.query(`UPDATE audit_events SET details = '{"note":"changed"}' WHERE id = $1`, [events.data.assuranceAudit[1].id]);
    await t.dataSource.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete');
    const broken = await t.gql('{ verifyAuditChain { valid events firstBrokenEventId } }', {}, assurer);
    expect(broken.data.verifyAuditChain).toEqual({ valid: false, events: before + 2, firstBrokenEventId: events.data.assuranceAudit[1].id });
  });

  it('lets only assurers, commissioners and admins read the audit trail', async () => {
    const leader = await t.login('leader@demo.test');
    const linkWorker = await t.login('linkworker@demo.test');
    const commissioner = await userWithRole(t, admin, 'COMMISSIONER');
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [leader, 'FORBIDDEN'],
      [linkWorker, 'FORBIDDEN'],
    ] as const) {
      expect((await t.gql('{ verifyAuditChain { valid } }', {}, token)).errors?.[0].extensions?.code).toBe(code);
      expect((await t.gql('{ assuranceAudit { id } }', {}, token)).errors?.[0].extensions?.code).toBe(code);
    }
    for (const token of [commissioner, admin]) expect((await t.gql('{ verifyAuditChain { valid } }', {}, token)).errors).toBeUndefined();
  });
});
