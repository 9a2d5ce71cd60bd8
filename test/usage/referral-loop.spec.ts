import request from 'supertest';
import { addWorkingDays } from '@app/common';
import { Mailer } from '@app/mail';
import { ConnectionFlagJob, ContactRetentionJob, NotificationSender, ReferralDeadlineJob } from '@app/usage';
import { createActivity, createOrganisation, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

const CONTACT = { consent: true, name: 'Robin', phone: '07700 900461' };
const EMAIL_CONTACT = { consent: true, name: 'Marguerite', email: 'marguerite.person@example.org' };
const SECRETS = ['Robin', '07700 900461', '07700900461', 'Marguerite', 'marguerite.person@example.org'];

/**
 * The referral loop end to end on real PostgreSQL, Meilisearch and SMTP (caught in process): the
 * consented contact handoff, who may read it, mail at every step, deadlines, guardrails, erasure.
 */
describe('the referral loop', () => {
  jest.setTimeout(60_000);
  let t: TestApp;
  const clock = new TestClock();
  let admin: string;
  let leader: string;
  let otherLeader: string;
  let linkWorker: string;
  let otherLinkWorker: string;
  let leaderEmail: string;
  let linkWorkerEmail: string;
  let orgId: string;
  let activityId: string;

  beforeAll(async () => {
    t = await startTestApp({
      clock,
      captureLogs: true,
      env: { NOTIFICATION_INTERVAL_MS: '0', REFERRAL_JOB_INTERVAL_MS: '0', ORUK_PUBLISH: 'all', CONTACT_RETENTION_DAYS: '90' },
    });
    await t.dataSource.query(`INSERT INTO users (email, password_hash, role) VALUES ('root@referrals.test', $1, 'ADMIN')`, [
      await (await import('@app/accounts')).hashPassword('root-password-123'),
    ]);
    admin = await t.login('root@referrals.test', 'root-password-123');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    otherLeader = await userWithRole(t, admin, 'VCSE_LEADER');
    linkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    otherLinkWorker = await userWithRole(t, admin, 'LINK_WORKER');
    leaderEmail = (await t.gql('{ me { email } }', {}, leader)).data.me.email;
    const me = await t.gql(
      'mutation { updateMyProfile(input: { name: "Sam Okafor", organisationName: "Central Manchester PCN" }) { email name organisationName } }',
      {},
      linkWorker,
    );
    expect(me.data.updateMyProfile).toMatchObject({ name: 'Sam Okafor', organisationName: 'Central Manchester PCN' });
    linkWorkerEmail = me.data.updateMyProfile.email;
    orgId = await createOrganisation(t, leader, 'Levenshulme Men in Sheds');
    await createOrganisation(t, otherLeader, 'Another group');
    activityId = await createActivity(t, leader, { organisationId: orgId, title: 'Shed sessions', deliveryMode: 'PHONE' });
  });
  afterAll(() => t?.close());

  const send = () => t.app.get(NotificationSender).run();
  const mailTo = async (email: string) => (await t.app.get(Mailer).catcher!.messages()).filter((m) => m.to.includes(email));
  const record = (input: Record<string, unknown>, token = linkWorker) =>
    t.gql(
      `mutation($input: RecordConnectionInput!) { recordConnection(input: $input) { id outcome waitingList hasContact answerBy referrer { name organisationName email } } }`,
      { input: { activityId, needs: ['loneliness'], ...input } },
      token,
    );
  const contactOf = (id: string, token: string) =>
    t.gql('query($id: ID!) { connectionContact(id: $id) { name phone email eraseAfter reads { reader at } } }', { id }, token);
  const answer = (id: string, outcome: string, extra = '') =>
    t.gql(`mutation($id: ID!) { updateConnectionOutcome(id: $id, outcome: ${outcome}${extra}) { outcome } }`, { id }, leader);
  const connection = (id: string, token = linkWorker) =>
    t.gql('query($id: ID!) { connection(id: $id) { outcome flag hasContact contactErasedAt withdrawReason history { outcome by } } }', { id }, token);

  let loopId: string;

  it('carries a consented contact to the group: mail to the leaders without the details, who referred, and the details for the two parties only', async () => {
    const recorded = await record({ personReference: 'LW-2026-0461', contact: CONTACT });
    expect(recorded.errors).toBeUndefined();
    loopId = recorded.data.recordConnection.id;
    expect(recorded.data.recordConnection).toMatchObject({ outcome: 'PENDING', hasContact: true, waitingList: false });
    expect(Math.abs(new Date(recorded.data.recordConnection.answerBy).getTime() - addWorkingDays(clock.now(), 10).getTime())).toBeLessThan(10_000);

    expect(await send()).toBeGreaterThanOrEqual(1);
    const [mail] = await mailTo(leaderEmail);
    expect(mail.subject).toBe('New referral to Shed sessions');
    expect(mail.text).toContain('Sam Okafor (Central Manchester PCN) has referred someone to Shed sessions');
    expect(mail.text).toContain(`/organisations/${orgId}/referrals`);
    for (const secret of SECRETS) expect(mail.text).not.toContain(secret);

    const inbox = await t.gql(
      'query($o: ID!) { organisationConnections(organisationId: $o) { id hasContact referrer { name organisationName email } } }',
      { o: orgId },
      leader,
    );
    expect(inbox.data.organisationConnections[0]).toEqual({
      id: loopId,
      hasContact: true,
      referrer: { name: 'Sam Okafor', organisationName: 'Central Manchester PCN', email: linkWorkerEmail },
    });

    const asLeader = await contactOf(loopId, leader);
    expect(asLeader.data.connectionContact).toMatchObject({ name: 'Robin', phone: '07700 900461', email: null, eraseAfter: null });
    const asReferrer = await contactOf(loopId, linkWorker);
    expect(asReferrer.data.connectionContact.reads.map((r: { reader: string }) => r.reader)).toEqual([
      'Sam Okafor (link worker)',
      `${leaderEmail} (group leader)`,
    ]);
    for (const [token, code] of [
      [otherLeader, 'FORBIDDEN'],
      [otherLinkWorker, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await contactOf(loopId, token as string);
      expect(refused.errors?.[0].extensions?.code).toBe(code);
      expect(JSON.stringify(refused)).not.toMatch(/Robin|07700/);
    }
    const [{ reads }] = await t.dataSource.query('SELECT count(*)::int AS reads FROM contact_reads WHERE connection_id = $1', [loopId]);
    expect(reads).toBe(2);
  });

  it('tells the link worker when the group accepts and records attendance, and keeps the history', async () => {
    expect((await answer(loopId, 'ACCEPTED')).data.updateConnectionOutcome.outcome).toBe('ACCEPTED');
    expect((await answer(loopId, 'ATTENDED')).data.updateConnectionOutcome.outcome).toBe('ATTENDED');
    expect(await send()).toBe(2);
    const mails = await mailTo(linkWorkerEmail);
    expect(mails.map((m) => m.subject).sort()).toEqual(['Attendance at Shed sessions', 'Levenshulme Men in Sheds accepted your referral']);
    expect(mails.find((m) => m.subject.startsWith('Attendance'))!.text).toContain('attended Shed sessions');
    for (const m of mails) for (const secret of SECRETS) expect(m.text).not.toContain(secret);
    const seen = await connection(loopId);
    expect(seen.data.connection.history).toEqual([
      { outcome: 'PENDING', by: 'the link worker' },
      { outcome: 'ACCEPTED', by: 'the group' },
      { outcome: 'ATTENDED', by: 'the group' },
    ]);
  });

  it('keeps the contact sealed at rest: no table holds it in clear', async () => {
    const [{ sealed }] = await t.dataSource.query('SELECT sealed FROM connection_contacts WHERE connection_id = $1', [loopId]);
    expect(Buffer.isBuffer(sealed)).toBe(true);
    expect(sealed.toString('latin1')).not.toMatch(/Robin|07700/);
    const tables: { table_name: string }[] = await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      const rows: { row: string }[] = await t.dataSource.query(`SELECT t::text AS row FROM "${table_name}" t`);
      for (const { row } of rows) for (const secret of SECRETS.slice(0, 2)) expect(`${table_name}: ${row}`).not.toContain(secret);
    }
  });

  it('leaves the contact out of reports, CSVs, Open Referral, search and every log line', async () => {
    await record({ personReference: 'LW-2026-0462', contact: EMAIL_CONTACT });
    await t.flushSearch();
    const commissioner = await userWithRole(t, admin, 'COMMISSIONER');
    const today = clock.now().toISOString().slice(0, 10);
    const outputs = [
      (
        await request(t.app.getHttpServer())
          .get(`/reports/usage.csv?from=2026-01-01&to=${today}&groupBy=ACTIVITY`)
          .set('authorization', `Bearer ${commissioner}`)
      ).text,
      JSON.stringify(
        (await t.gql(`{ usageReport(range: { from: "2026-01-01", to: "${today}" }, groupBy: ORGANISATION) { rows { label connections } } }`, {}, commissioner))
          .data,
      ),
      (await request(t.app.getHttpServer()).get('/openreferral/v3/services?per_page=50')).text,
      JSON.stringify((await t.gql('{ searchActivities(input: { text: "Shed" }) { hits { activity { title } } } }')).data),
      JSON.stringify((await t.gql('query($o: ID!) { organisationConnections(organisationId: $o) { id } }', { o: orgId }, leader)).data),
    ];
    expect(outputs[2]).toContain('Shed sessions');
    for (const output of outputs) for (const secret of SECRETS) expect(output).not.toContain(secret);
    // Reading and a failed read both leave the logs clean.
    await contactOf(loopId, leader);
    await t.gql('mutation($input: RecordConnectionInput!) { recordConnection(input: $input) { id } }', {
      input: { activityId, needs: ['loneliness'], contact: { consent: false, name: 'Marguerite', email: 'marguerite.person@example.org' } },
    });
    expect(t.logs.length).toBeGreaterThan(10);
    for (const line of t.logs) for (const secret of SECRETS) expect(line).not.toContain(secret);
  });

  it('needs consent and one of phone or email, naming the field', async () => {
    const problems = async (contact: Record<string, unknown>) => (await record({ contact })).errors?.[0].extensions?.problems;
    expect(await problems({ consent: false, name: 'Robin', phone: '07700 900461' })).toEqual([
      { field: 'contact.consent', message: 'confirm the person agreed to share their contact details with this group' },
    ]);
    expect(await problems({ consent: true, name: 'Robin' })).toEqual([
      { field: 'contact.phone', message: 'give a phone number or an email address for the group to use' },
    ]);
    expect(await problems({ consent: true, name: 'Robin', phone: '07700 900461', email: 'r@example.org' })).toEqual([
      { field: 'contact.email', message: 'give a phone number or an email address, not both' },
    ]);
    expect(await problems({ consent: true, name: 'Robin', phone: '12345' })).toEqual([
      { field: 'contact.phone', message: 'must be a UK phone number, e.g. 07700 900123' },
    ]);
    expect(await problems({ consent: true, name: '', email: 'r@example.org' })).toEqual([{ field: 'contact.name', message: 'must be 1 to 60 characters' }]);
  });

  it('erases the contact on request, and then says when', async () => {
    const id = (await record({ contact: CONTACT })).data.recordConnection.id;
    const erased = await t.gql('mutation($id: ID!) { eraseConnectionContact(id: $id) { hasContact contactErasedAt } }', { id }, leader);
    expect(erased.data.eraseConnectionContact.hasContact).toBe(false);
    expect(erased.data.eraseConnectionContact.contactErasedAt).toBeTruthy();
    const gone = await contactOf(id, linkWorker);
    expect(gone.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(gone.errors?.[0].message).toMatch(/^The contact details were erased on \d{4}-\d{2}-\d{2}$/);
    expect((await t.dataSource.query('SELECT 1 FROM connection_contacts WHERE connection_id = $1', [id])).length).toBe(0);
  });

  it('erases the contact by itself 90 days after the connection closes, not before, and not while it is open', async () => {
    const open = (await record({ contact: CONTACT })).data.recordConnection.id;
    const closing = (await record({ contact: CONTACT })).data.recordConnection.id;
    await answer(closing, 'DECLINED', ', declineReason: TOO_FAR');
    expect((await contactOf(closing, linkWorker)).data.connectionContact.eraseAfter).toBeTruthy();
    const job = t.app.get(ContactRetentionJob);
    clock.travelDays(89);
    try {
      await job.run();
      expect((await connection(closing)).data.connection.hasContact).toBe(true);
      clock.travelDays(2);
      expect(await job.run()).toBeGreaterThanOrEqual(1);
      expect((await connection(closing)).data.connection).toMatchObject({ hasContact: false, contactErasedAt: expect.any(String) });
      expect((await connection(open)).data.connection.hasContact).toBe(true);
      expect(await job.run()).toBe(0);
    } finally {
      clock.reset();
    }
  });

  it('reminds the group after 5 working days and tells the link worker; at 10 it is NO_RESPONSE and the link worker is prompted', async () => {
    const id = (await record({ needs: ['loneliness', 'carers'] })).data.recordConnection.id;
    const made = clock.now();
    const job = t.app.get(ReferralDeadlineJob);
    const travelTo = (at: Date) => clock.travelDays((at.getTime() - clock.now().getTime()) / 86_400_000);
    await send();
    const before = { leader: (await mailTo(leaderEmail)).length, linkWorker: (await mailTo(linkWorkerEmail)).length };
    try {
      travelTo(new Date(addWorkingDays(made, 5).getTime() - 3600_000));
      expect((await job.run()).reminded).toBe(0);
      travelTo(new Date(addWorkingDays(made, 5).getTime() + 3600_000));
      expect((await job.run()).reminded).toBeGreaterThanOrEqual(1);
      expect((await job.run()).reminded).toBe(0); // once
      await send();
      const [toGroup] = await mailTo(leaderEmail);
      expect(toGroup.subject).toBe('A referral to Shed sessions is waiting for your answer');
      expect((await mailTo(leaderEmail)).length).toBeGreaterThan(before.leader);
      const [toReferrer] = await mailTo(linkWorkerEmail);
      expect(toReferrer.subject).toBe('No answer yet from Levenshulme Men in Sheds');

      travelTo(new Date(addWorkingDays(made, 10).getTime() + 3600_000));
      expect((await job.run()).noResponse).toBeGreaterThanOrEqual(1);
      const seen = await connection(id);
      expect(seen.data.connection.outcome).toBe('NO_RESPONSE');
      expect(seen.data.connection.history.at(-1)).toEqual({ outcome: 'NO_RESPONSE', by: 'the directory' });
      await send();
      const [prompt] = await mailTo(linkWorkerEmail);
      expect(prompt.subject).toBe('No response from Levenshulme Men in Sheds');
      expect(prompt.text).toMatch(/Find the person another option: http:\/\/\S+\/\?needs=loneliness,carers/);
      expect((await answer(id, 'ACCEPTED')).errors?.[0].extensions?.code).toBe('CONFLICT');
    } finally {
      clock.reset();
    }
    // Everything older was answered or closed above; the rest ran out of time with it.
    await t.dataSource.query(`UPDATE connections SET outcome = 'WITHDRAWN', outcome_at = now() WHERE outcome = 'PENDING'`);
  });

  describe('guardrails', () => {
    const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0].extensions?.code;
    const fields = (res: { errors?: { extensions?: { fields?: string[] } }[] }) => res.errors?.[0].extensions?.fields;

    it('a FULL activity needs acknowledgeFull, and the person joins its waiting list', async () => {
      const full = await createActivity(t, leader, { organisationId: orgId, title: 'Full shed', capacity: { spacesAvailable: 0 } });
      const refused = await record({ activityId: full });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      expect(fields(refused)).toEqual(['acknowledgeFull']);
      const ok = await record({ activityId: full, acknowledgeFull: true });
      expect(ok.data.recordConnection.waitingList).toBe(true);
    });

    it('a PAUSED or CLOSED activity, or a SUSPENDED group, is refused with a clear error', async () => {
      const paused = await createActivity(t, leader, { organisationId: orgId, title: 'Paused shed' });
      await t.gql(
        'mutation($id: ID!) { pauseActivity(id: $id, input: { reason: "Summer break", resumesOn: "2099-09-01" }) { status } }',
        { id: paused },
        leader,
      );
      const p = await record({ activityId: paused });
      expect(fields(p)).toEqual(['activityId']);
      expect(p.errors?.[0].message).toBe(
        'activityId: the activity is paused until 2099-09-01: connect the person to another activity, or come back when it resumes',
      );
      const closed = await createActivity(t, leader, { organisationId: orgId, title: 'Closed shed' });
      await t.gql('mutation($id: ID!) { closeActivity(id: $id) { status } }', { id: closed }, leader);
      expect((await record({ activityId: closed })).errors?.[0].message).toMatch(/activityId: the activity is closed/);

      const suspendedOrg = await createOrganisation(t, otherLeader, 'Suspended group');
      const theirs = await createActivity(t, otherLeader, { organisationId: suspendedOrg, title: 'Their session' });
      const assurer = await userWithRole(t, admin, 'ASSURER');
      const suspended = await t.gql(
        'mutation($o: ID!) { suspendOrganisation(organisationId: $o, reason: "Safeguarding concern under review") { id } }',
        { o: suspendedOrg },
        assurer,
      );
      expect(suspended.errors).toBeUndefined();
      const s = await record({ activityId: theirs });
      expect(code(s)).toBe('BAD_USER_INPUT');
      expect(s.errors?.[0].message).toMatch(/activityId: the group is suspended/);
    });

    it('the same person to the same activity while an earlier connection is open is a duplicate; once closed, a new one is fine', async () => {
      const first = await record({ personReference: 'LW-2026-0777' });
      const again = await record({ personReference: 'LW-2026-0777' });
      expect(code(again)).toBe('CONFLICT');
      expect(fields(again)).toEqual(['personReference']);
      expect(again.errors?.[0].message).toMatch(/already has an open connection to this activity, made on \d{4}-\d{2}-\d{2}/);
      // Another link worker's reference is hashed the same way: the same person is the same person.
      expect(code(await record({ personReference: 'LW-2026-0777' }, otherLinkWorker))).toBe('CONFLICT');
      expect(code(await record({ personReference: 'LW-2026-0778' }))).toBeUndefined();
      await answer(first.data.recordConnection.id, 'DECLINED', ', declineReason: NOT_SUITABLE');
      expect(code(await record({ personReference: 'LW-2026-0777' }))).toBeUndefined();
    });

    it('flags open connections when the activity is paused and tells the link worker; resuming clears the flag', async () => {
      const pausing = await createActivity(t, leader, { organisationId: orgId, title: 'Pausing shed' });
      const id = (await record({ activityId: pausing })).data.recordConnection.id;
      await send();
      const before = (await mailTo(linkWorkerEmail)).length;
      await t.gql('mutation($id: ID!) { pauseActivity(id: $id, input: { reason: "Roof repairs" }) { status } }', { id: pausing }, leader);
      expect(await t.app.get(ConnectionFlagJob).run()).toBe(1);
      expect(await t.app.get(ConnectionFlagJob).run()).toBe(0);
      expect((await connection(id)).data.connection.flag).toBe('ACTIVITY_PAUSED');
      await send();
      const mails = await mailTo(linkWorkerEmail);
      expect(mails.length).toBe(before + 1);
      expect(mails[0].subject).toBe('Pausing shed: please check your referral');
      expect(mails[0].text).toContain('Pausing shed is paused, and you have an open referral to it.');
      await t.gql('mutation($id: ID!) { resumeActivity(id: $id) { status } }', { id: pausing }, leader);
      await t.app.get(ConnectionFlagJob).run();
      expect((await connection(id)).data.connection.flag).toBeNull();
    });
  });

  it('finds a person’s connections by the link worker’s own reference, and withdraws one with a reason (the group is told)', async () => {
    const mine = async (ref: string) =>
      (await t.gql('query($r: String) { myConnections(personReference: $r) { id } }', { r: ref }, linkWorker)).data.myConnections.map(
        (c: { id: string }) => c.id,
      );
    const a = (await record({ personReference: 'PCN-0900' })).data.recordConnection.id;
    const other = await createActivity(t, leader, { organisationId: orgId, title: 'Another shed' });
    const b = (await record({ personReference: 'PCN-0900', activityId: other })).data.recordConnection.id;
    await record({ personReference: 'PCN-0901' });
    expect(await mine('PCN-0900')).toEqual([b, a]);
    expect(await mine(' PCN-0900 ')).toEqual([b, a]);
    expect(await mine('PCN-0999')).toEqual([]);
    expect((await t.gql('query($r: String) { myConnections(personReference: $r) { id } }', { r: 'PCN-0900' }, otherLinkWorker)).data.myConnections).toEqual([]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM connections WHERE person_ref_hash LIKE '%0900%'`);
    expect(n).toBe(0);

    await send();
    const withdrawn = await t.gql(
      'mutation($id: ID!) { withdrawConnection(id: $id, reason: CONNECTED_ELSEWHERE) { outcome withdrawReason } }',
      { id: a },
      linkWorker,
    );
    expect(withdrawn.data.withdrawConnection).toEqual({ outcome: 'WITHDRAWN', withdrawReason: 'CONNECTED_ELSEWHERE' });
    expect(
      (await t.gql('mutation($id: ID!) { withdrawConnection(id: $id, reason: OTHER) { id } }', { id: b }, otherLinkWorker)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql('mutation($id: ID!) { withdrawConnection(id: $id, reason: OTHER) { id } }', { id: a }, linkWorker)).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    await send();
    expect((await mailTo(leaderEmail))[0].subject).toBe('Referral to Shed sessions withdrawn');
  });

  it('pages a link worker’s connections past 500 with cursors: every one once, newest first', async () => {
    const pager = await userWithRole(t, admin, 'LINK_WORKER');
    const pagerId = (await t.gql('{ me { id } }', {}, pager)).data.me.id;
    await t.dataSource.query(
      `INSERT INTO connections (activity_id, organisation_id, link_worker_id, needs, created_at)
       SELECT $1, $2, $3, ARRAY['loneliness'], now() - g * interval '1 minute' FROM generate_series(1, 620) g`,
      [activityId, orgId, pagerId],
    );
    const page = async (after?: string) =>
      (await t.gql('query($after: String) { myConnections(first: 500, after: $after) { id createdAt cursor } }', { after }, pager)).data.myConnections as {
        id: string;
        createdAt: string;
        cursor: string;
      }[];
    const first = await page();
    expect(first).toHaveLength(500);
    const second = await page(first[499].cursor);
    expect(second).toHaveLength(120);
    const all = [...first, ...second];
    expect(new Set(all.map((c) => c.id)).size).toBe(620);
    expect(all.map((c) => c.createdAt)).toEqual([...all.map((c) => c.createdAt)].sort().reverse());
    expect(await page(second[119].cursor)).toEqual([]);
  });

  it('gathers a day’s notifications into one digest for those who prefer it', async () => {
    await t.gql('mutation { updateMyProfile(input: { notificationFrequency: DAILY }) { notificationFrequency } }', {}, linkWorker);
    await send();
    const before = (await mailTo(linkWorkerEmail)).length;
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await record({})).data.recordConnection.id);
    for (const id of ids) await answer(id, 'ACCEPTED');
    expect(await send()).toBe(1 + 3); // the digest, and the leader's three (immediate) new-referral mails
    const mails = await mailTo(linkWorkerEmail);
    expect(mails.length).toBe(before + 1);
    expect(mails[0].subject).toBe('Your referrals today: 3 updates');
    expect(mails[0].text.match(/accepted your referral to Shed sessions/g)).toHaveLength(3);
    await answer(ids[0], 'ATTENDED');
    expect(await send()).toBe(0); // not until a day has passed
    clock.travelDays(1.01);
    try {
      expect(await send()).toBe(1);
    } finally {
      clock.reset();
    }
    await t.gql('mutation { updateMyProfile(input: { notificationFrequency: IMMEDIATE }) { notificationFrequency } }', {}, linkWorker);
  });

  it('shows link workers the group’s median response time and acceptance rate, from 5 referrals', async () => {
    const figures = async (token?: string) =>
      (await t.gql('query($id: ID!) { activity(id: $id) { groupResponse { referrals medianHoursToAnswer acceptanceRate } } }', { id: activityId }, token)).data
        .activity.groupResponse;
    const response = await figures(linkWorker);
    expect(response.referrals).toBeGreaterThanOrEqual(5);
    const [{ referrals, accepted }] = await t.dataSource.query(
      `SELECT count(*)::int AS referrals, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM connection_outcome_events e WHERE e.connection_id = c.id AND e.outcome = 'ACCEPTED'))::int AS accepted
         FROM connections c WHERE organisation_id = $1 AND outcome NOT IN ('PENDING', 'WITHDRAWN')`,
      [orgId],
    );
    expect(response).toEqual({ referrals, medianHoursToAnswer: expect.any(Number), acceptanceRate: Math.round((accepted / referrals) * 100) / 100 });
    expect(await figures()).toBeNull();
    expect(await figures(otherLeader)).toBeNull();
    const fresh = await createOrganisation(t, otherLeader, 'New group');
    const newActivity = await createActivity(t, otherLeader, { organisationId: fresh, title: 'New session' });
    expect(
      (await t.gql('query($id: ID!) { activity(id: $id) { groupResponse { referrals } } }', { id: newActivity }, linkWorker)).data.activity.groupResponse,
    ).toBeNull();
  });
});
