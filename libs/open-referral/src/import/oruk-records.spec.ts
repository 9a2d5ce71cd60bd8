import * as fs from 'node:fs';
import * as path from 'node:path';
import { recordsOf, withoutDuplicates } from './oruk-records';

const EXAMPLES = path.resolve(__dirname, '../../../../test/fixtures/oruk/examples');
const example = (name: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.json`), 'utf8'));
const kinds = (name: string) => recordsOf(example(name), name).map((r) => `${r.kind} ${r.id}`);

describe('recordsOf: every ORUK document shape', () => {
  const SERVICE = 'service ac148810-d857-441c-9679-408f346de14b';
  const ORGANIZATION = 'organization d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
  const TERM = 'term 3f7b145d-84af-42d7-8fae-eaca714b02b2';

  it.each([
    ['service_full', [SERVICE]],
    ['service_list', [SERVICE]],
    ['service_at_location_full', [SERVICE]],
    ['service_at_location_list', [SERVICE]],
    ['organization_full', [ORGANIZATION, SERVICE]],
    ['organization_list', [ORGANIZATION]],
    ['taxonomy', [TERM]],
    ['taxonomy_term', [TERM]],
    ['taxonomy_term_list', [TERM]],
    ['taxonomy_list', ['note 5c4d79d7-cc55-470e-9f1f-8cad074e4892']],
  ])('%s', (name, expected) => {
    expect(kinds(name)).toEqual(expected);
  });

  it("gives a service_at_location's service that location, and an organization's services their organization", () => {
    const [fromSal] = recordsOf(example('service_at_location_list'), 'sal');
    expect(fromSal.kind === 'service' && (fromSal.service.service_at_locations as { location: { id: string } }[])[0].location.id).toBe(
      '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
    );
    const [, fromOrg] = recordsOf(example('organization_full'), 'org');
    expect(fromOrg.kind === 'service' && fromOrg.organization?.id).toBe('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
  });

  it('says where an unreadable record was', () => {
    expect(recordsOf({ contents: [42, { hello: 'world' }] }, 'feed.json')).toEqual([
      { kind: 'unreadable', id: '', where: 'feed.json contents[0]', reason: 'is not a JSON object' },
      { kind: 'unreadable', id: '', where: 'feed.json contents[1]', reason: 'is not an ORUK service, organization, taxonomy or taxonomy term' },
    ]);
  });
});

describe('withoutDuplicates', () => {
  it('keeps the last of each id and kind, in its place, and counts the repeats', () => {
    const s = (id: string, name: string) => ({ kind: 'service' as const, id, where: name, service: { id, name } });
    const { records, duplicates } = withoutDuplicates([s('a', 'first a'), s('b', 'b'), s('a', 'second a')]);
    expect(records.map((r) => r.where)).toEqual(['b', 'second a']);
    expect(duplicates).toEqual([{ kind: 'service', id: 'a', times: 2 }]);
  });
});
