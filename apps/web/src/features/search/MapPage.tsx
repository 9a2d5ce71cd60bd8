import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { Loading } from '../../components/feedback';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { ActivityCard } from './ActivityCard';
import { SearchForm } from './SearchForm';
import { criteriaToUrl } from './search-params';
import { useTaxonomies } from './taxonomy';
import { useSearch } from './use-search';
import { Details } from '../../components/content';

const MapView = lazy(() => import('./MapView'));

const SITE = graphql(`
  query SiteSettings {
    siteSettings {
      mapTileUrl
      mapAttribution
    }
  }
`);

/** The same search on a map: the list comes first in reading order and works on its own when the map cannot load; on a phone the map shows above it. */
export function MapPage() {
  const { criteria, result, errors, counts } = useSearch(50);
  const taxonomies = useTaxonomies();
  const site = useQuery(SITE, {});
  const navigate = useNavigate();
  const found = result.data?.searchActivities;
  const points = useMemo(
    () =>
      (found?.hits ?? [])
        .filter((h) => h.activity.venue)
        .map((h) => ({ id: h.activity.id, title: h.activity.title, latitude: h.activity.venue!.latitude, longitude: h.activity.venue!.longitude })),
    [found],
  );
  const open = useCallback((id: string) => navigate(`/activities/${id}`), [navigate]);
  const fieldErrors = Object.entries(errors).filter(([, m]) => m) as [string, string][];

  return (
    <>
      <ErrorSummary items={fieldErrors.map(([target, message]) => ({ target, message }))} />
      <PageHeading title="Activities on a map">Activities on a map</PageHeading>
      <p>
        <Link to={`/${criteriaToUrl(criteria)}`}>Back to the list of results</Link>
      </p>
      <Details summary="Change the search" open={fieldErrors.length > 0}>
        <SearchForm key={criteriaToUrl(criteria)} action="/map" criteria={criteria} taxonomies={taxonomies.data} counts={counts} errors={errors} />
      </Details>
      {result.loading && <Loading what="Searching" />}
      {result.error && !fieldErrors.length && <ErrorPanel message={result.error.message} retry={result.refetch} />}
      {found && (
        <>
          <div role="status">
            <h2 className="nhsuk-heading-m">
              {found.total === 1 ? '1 activity' : `${found.total} activities`}
              {found.total > found.hits.length && ` (the first ${found.hits.length} are shown)`}, {points.length} with a place on the map
            </h2>
          </div>
          <div className="nhsuk-grid-row app-map-layout">
            <div className="nhsuk-grid-column-one-third">
              <ul className="nhsuk-list app-results app-results--compact">
                {found.hits.map((hit) => (
                  <ActivityCard key={hit.activity.id} activity={hit.activity} hit={hit} headingLevel={3} />
                ))}
              </ul>
            </div>
            <div className="nhsuk-grid-column-two-thirds app-map-column">
              {site.data && points.length > 0 ? (
                <Suspense fallback={<Loading what="Loading the map" />}>
                  <MapView points={points} tileUrl={site.data.siteSettings.mapTileUrl} attribution={site.data.siteSettings.mapAttribution} onOpen={open} />
                </Suspense>
              ) : (
                <p>None of these activities has a place to show on a map (they are online, by phone or home visits).</p>
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}
