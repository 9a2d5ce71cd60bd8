import { ErrorSummary } from '../../components/error-summary';
import { Loading } from '../../components/feedback';
import { Pagination } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { Link } from 'react-router';
import { ErrorPanel } from '../pages/StatusPages';
import { ActivityCard } from './ActivityCard';
import { SearchForm } from './SearchForm';
import { criteriaToUrl, SearchCriteria } from './search-params';
import { useMediaQuery, WIDE } from '../../components/use-media-query';
import { useTaxonomies } from './taxonomy';
import { useSearch } from './use-search';
import { radiusMiles } from './format';
import { Details } from '../../components/content';

const FIELD_LABELS: Record<string, string> = {
  postcode: 'Postcode',
  radius: 'Distance',
  age: 'Age',
  q: 'Keywords',
  sort: 'Sort',
  'needs-0': 'Needs',
  'access-0': 'Accessibility',
};

/**
 * In words, what the results are for: "For Loneliness and isolation, near M4 5JD (within 6 miles)",
 * or with only a place "Near M4 5JD (within 3 miles)".
 */
function describe(criteria: SearchCriteria, needLabels: Map<string, string>): string | null {
  const what = [
    criteria.text.trim() && `“${criteria.text.trim()}”`,
    criteria.needs.map((code) => needLabels.get(code) ?? code).join(' or '),
    criteria.accessibility.length && `${criteria.accessibility.length} accessibility ${criteria.accessibility.length === 1 ? 'feature' : 'features'}`,
  ].filter(Boolean);
  const place = criteria.postcode.trim() && `${criteria.postcode.trim().toUpperCase()} (within ${radiusMiles(Number(criteria.radiusKm))})`;
  if (what.length) return `For ${[...what, place && `near ${place}`].filter(Boolean).join(', ')}`;
  return place ? `Near ${place}` : null;
}

export function SearchPage() {
  const { criteria, result, errors, counts, searched } = useSearch();
  const taxonomies = useTaxonomies();
  const wide = useMediaQuery(WIDE);
  const needLabels = new Map((taxonomies.data?.needs ?? []).map((n) => [n.code, n.label]));
  const summary = describe(criteria, needLabels);
  const found = result.data?.searchActivities;
  const pages = found ? Math.max(1, Math.ceil(found.total / found.pageSize)) : 1;
  const fieldErrors = Object.entries(errors).filter(([, message]) => message) as [string, string][];
  const pageLink = (page: number) => `/${criteriaToUrl({ ...criteria, page })}`;

  return (
    <>
      <ErrorSummary items={fieldErrors.map(([target, message]) => ({ target, message: `${FIELD_LABELS[target] ?? target}: ${message}` }))} />
      <PageHeading title="Find community activities">Find community activities</PageHeading>
      <p className="nhsuk-lede-text">Groups and services a person can be connected to, checked by the local assurance team.</p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          {wide || !searched || fieldErrors.length ? (
            <SearchForm key={criteriaToUrl(criteria)} action="/" criteria={criteria} taxonomies={taxonomies.data} counts={counts} errors={errors} />
          ) : (
            // On a phone the results come first once there is a search; the form folds away.
            <Details summary="Change the search">
              <SearchForm key={criteriaToUrl(criteria)} action="/" criteria={criteria} taxonomies={taxonomies.data} counts={counts} errors={errors} />
            </Details>
          )}
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <div aria-live="polite" role="status" className="app-result-count">
            {found && (
              <h2 className="nhsuk-heading-m">
                {found.total === 1 ? '1 activity found' : `${found.total.toLocaleString('en-GB')} activities found`}
                {pages > 1 && (
                  <span className="nhsuk-caption-m">
                    Page {found.page} of {pages}
                  </span>
                )}
              </h2>
            )}
            {found && summary && <p className="nhsuk-body-s app-search-summary">{summary}</p>}
            {found?.near?.precision === 'OUTCODE' && (
              <p className="nhsuk-body-s" data-testid="approximate-postcode">
                We could not find that exact postcode, so distances are measured from the middle of {found.near.outcode} and are approximate.
              </p>
            )}
          </div>
          {result.loading && <Loading what="Searching" />}
          {result.error && !fieldErrors.length && <ErrorPanel message={result.error.message} retry={result.refetch} />}
          {found && found.total > 0 && (
            <p>
              <Link to={`/map${criteriaToUrl(criteria)}`}>Show these activities on a map</Link>
            </p>
          )}
          {found && found.total === 0 && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>No activities match all of this. You could:</p>
              <ul>
                <li>choose fewer needs or accessibility features</li>
                <li>search a larger distance</li>
                <li>include online and phone activities</li>
                <li>include groups that are full (they may keep a waiting list)</li>
              </ul>
            </div>
          )}
          {found && found.hits.length > 0 && (
            <ul className="nhsuk-list app-results">
              {found.hits.map((hit) => (
                <ActivityCard key={hit.activity.id} activity={hit.activity} hit={hit} />
              ))}
            </ul>
          )}
          {found && (
            <Pagination
              previous={found.page > 1 ? { to: pageLink(found.page - 1), label: `Page ${found.page - 1} of ${pages}` } : undefined}
              next={found.page < pages ? { to: pageLink(found.page + 1), label: `Page ${found.page + 1} of ${pages}` } : undefined}
            />
          )}
        </div>
      </div>
    </>
  );
}
