import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createLogger } from '@app/common';
import { loadConfig } from '@app/config';
import { assureOrganisation, PDF } from '../support/assurance-fixtures';
import { createOrganisation, userWithRole } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('smaller holes', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    admin = await t.login('admin@demo.test');
    leader = await userWithRole(t, admin, 'VCSE_LEADER');
    orgId = await createOrganisation(t, leader, 'Holes test group');
  });
  afterAll(() => t?.close());
  const server = () => t.app.getHttpServer();
  const upload = (bytes: Buffer, name: string) =>
    request(server()).post('/evidence-documents').set('authorization', `Bearer ${leader}`).field('organisationId', orgId).attach('file', bytes, name);

  it("never shows an assurer's identity to the organisation they assessed", async () => {
    const assurer = await t.login('assurer@demo.test');
    const assessment = await assureOrganisation(t, leader, assurer, orgId);
    const query = 'query($id: ID!) { assessment(id: $id) { status decidedBy { email } } }';
    expect((await t.gql(query, { id: assessment }, leader)).data.assessment).toEqual({ status: 'ASSURED', decidedBy: null });
    expect((await t.gql(query, { id: assessment }, assurer)).data.assessment.decidedBy).toEqual({ email: 'assurer@demo.test' });
  });

  it('bounds the text fields of an upload form', async () => {
    const many = request(server()).post('/evidence-documents').set('authorization', `Bearer ${leader}`).field('organisationId', orgId);
    for (let i = 0; i < 10; i++) many.field(`extra${i}`, 'x');
    expect((await many.attach('file', PDF, 'a.pdf')).status).toBeGreaterThanOrEqual(400);
    const long = await request(server())
      .post('/evidence-documents')
      .set('authorization', `Bearer ${leader}`)
      .field('organisationId', 'x'.repeat(5000))
      .attach('file', PDF, 'a.pdf');
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
  });

  it('refuses PDFs with JavaScript, and serves downloads under their real type', async () => {
    const withScript = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer\n%%EOF\n');
    const refused = await upload(withScript, 'insurance.pdf');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['file'] });
    const stored = await upload(PDF, 'policy.html');
    expect(stored.body.fileName).toBe('policy.pdf');
    const download = await request(server()).get(`/evidence-documents/${stored.body.id}`).set('authorization', `Bearer ${leader}`);
    expect(download.headers['content-disposition']).toBe('inline; filename="policy.pdf"');
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it('refuses names that are only spaces instead of storing ""', async () => {
    const res = await t.gql('mutation { createOrganisation(input: { name: "    ", description: "   " }) { id } }', {}, leader);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining(['name', 'description']) });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM organisations WHERE name = ''`))[0].n).toBe(0);
  });

  it('sends security headers suited to the web app', async () => {
    for (const path of ['/health', '/openreferral/v3/']) {
      const res = await request(server()).get(path);
      const csp = res.headers['content-security-policy'];
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self'/);
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeUndefined(); // plain HTTP here
    }
  });

  it('never logs the values a failed query was given', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', 'test', { write: (line: string) => void lines.push(line) });
    const error = await t.dataSource.query('SELECT $1::int', ['Jane Smith 943 476 5919']).catch((e: unknown) => e);
    logger.error({ err: error }, 'unexpected');
    expect(lines.join('')).toMatch(/invalid input syntax|SELECT/);
    expect(lines.join('')).not.toMatch(/Jane Smith|943 476 5919/);
  });

  it.each([
    '/services?page=1e20',
    '/services?page=99999999999999999999',
    '/services?per_page=-1',
    '/services?modified_after=0',
    '/services?modified_after=%2B275760-09-13',
    '/services?modified_after=2026-13-45',
    '/services?search=a&search=b',
    '/services?day=MO&day=TU',
    '/services?minimum_age=1e400',
    '/services?start_time=99:99',
    '/service_at_locations?postcode=M1%201AE&proximity=1e308',
    '/service_at_locations?postcode=%00',
    '/organizations?page=0',
    '/taxonomy_terms?taxonomy_id=a&taxonomy_id=b',
  ])('answers GET /openreferral/v3%s with a 4xx, not a 500', async (path) => {
    const res = await request(server()).get(`/openreferral/v3${path}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('timeouts', () => {
  it('drops a request whose body never finishes arriving, and keeps idle connections past a load balancer’s 60 s', async () => {
    const t = await startTestApp({ env: { REQUEST_TIMEOUT_MS: '1500' } });
    try {
      await t.app.listen(0, '127.0.0.1');
      const port = (t.app.getHttpServer().address() as AddressInfo).port;
      expect(t.app.getHttpServer().keepAliveTimeout).toBeGreaterThan(60_000);
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":');
        });
        socket.on('data', () => undefined);
        socket.on('close', () => resolve(Date.now() - started));
      });
      expect(closedAfter).toBeLessThan(5000);
    } finally {
      await t.close();
    }
  });
});

describe('production hides the schema', () => {
  it('gives no "Did you mean" hints in variable errors', async () => {
    const t = await startTestApp({
      env: {
        NODE_ENV: 'production',
        PERSON_REF_SECRET: 'a-production-like-secret-of-32-chars-or-more',
        CONTACT_KEY: '3a'.repeat(32),
        DEMO_DATA: 'false',
        SMTP_URL: 'smtp://127.0.0.1:2525',
      },
    });
    try {
      const res = await t.gql('query($i: ActivitySearchInput!) { searchActivities(input: $i) { total } }', { i: { txt: 'lonely' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
      const field = await t.gql('{ searchActivitie(input: {}) { total } }');
      expect(field.errors?.[0].message).not.toMatch(/Did you mean/);
    } finally {
      await t.close();
    }
  });
});

describe('configuration of the embedded default', () => {
  it('listens on 127.0.0.1 unless told otherwise; production listens on every interface (a container)', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ HOST: 'everywhere' })).toThrow(/HOST must be an IP address/);
  });
});
