import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Tag } from '../../components/content';
import { Loading } from '../../components/feedback';
import { BackLink, SecondaryNav } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import type { ConcernStatus } from '../../gql/graphql';
import { concernCategoryLabel } from '../concerns/categories';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';

const CONCERNS = graphql(`
  query ConcernList($status: ConcernStatus) {
    concerns(status: $status) {
      id
      category
      status
      raisedAt
      resolvedAt
      precautionarySuspension
      organisation {
        id
        name
      }
      activity {
        id
        title
      }
    }
  }
`);

const FILTERS: [ConcernStatus | '', string][] = [
  ['OPEN', 'Open'],
  ['RESOLVED', 'Resolved'],
  ['', 'All'],
];

/** Every concern about a group, open ones first and safeguarding first within them: the assurers' triage list. */
export function ConcernsPage() {
  const [params] = useSearchParams();
  const status = (params.get('status') ?? 'OPEN') as ConcernStatus | '';
  const concerns = useQuery(CONCERNS, { status: status || undefined });
  const rows = concerns.data?.concerns ?? [];
  return (
    <>
      <BackLink to="/review">Assurance work</BackLink>
      <PageHeading>Concerns</PageHeading>
      <SecondaryNav
        label="Which concerns"
        items={FILTERS.map(([value, text]) => ({ to: `/review/concerns?status=${value}`, text, current: value === status }))}
      />
      {concerns.loading && !concerns.data && <Loading what="Loading concerns" />}
      {concerns.error && <ErrorPanel message={concerns.error.message} retry={concerns.refetch} />}
      {concerns.data && rows.length === 0 && <p>There are no {status === 'OPEN' ? 'open ' : status === 'RESOLVED' ? 'resolved ' : ''}concerns.</p>}
      {rows.length > 0 && (
        <DataTable
          caption={`${FILTERS.find(([v]) => v === status)?.[1] ?? 'All'} concerns`}
          captionHidden
          columns={[{ heading: 'Organisation' }, { heading: 'Concern' }, { heading: 'Raised' }, { heading: 'Status' }]}
          rows={rows.map((c) => [
            <>
              <Link to={`/review/concerns/${c.id}`}>{c.organisation.name}</Link>
              {c.activity && <span className="app-block nhsuk-body-s nhsuk-u-margin-bottom-0">{c.activity.title}</span>}
            </>,
            <Tag key="category" colour={c.category === 'SAFEGUARDING' ? 'red' : 'grey'}>
              {concernCategoryLabel(c.category)}
            </Tag>,
            longDate(c.raisedAt),
            c.status === 'OPEN'
              ? c.precautionarySuspension
                ? 'Open: organisation suspended'
                : 'Open'
              : `Resolved ${c.resolvedAt ? longDate(c.resolvedAt) : ''}`,
          ])}
        />
      )}
    </>
  );
}
