import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { graphql } from '../../gql';
import { criteriaFromUrl, criteriaToInput, PAGE_SIZE, SEARCH_FIELD_TARGETS } from './search-params';

const SEARCH = graphql(`
  query SearchActivities($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total
      page
      pageSize
      facets {
        field
        values {
          value
          count
        }
      }
      near {
        outcode
        precision
      }
      hits {
        distanceKm
        distanceApproximate
        coversArea
        activity {
          ...ActivityCard
        }
      }
    }
  }
`);

/** The search in the address bar, run against the API, with its field errors placed on the form. */
export function useSearch(pageSize = PAGE_SIZE) {
  const [params] = useSearchParams();
  const key = params.toString();
  const criteria = useMemo(() => criteriaFromUrl(new URLSearchParams(key)), [key]);
  const input = useMemo(() => criteriaToInput(criteria, pageSize), [criteria, pageSize]);
  const result = useQuery(SEARCH, { input });
  const errors: Record<string, string | undefined> = {};
  for (const problem of result.error?.problems ?? []) errors[SEARCH_FIELD_TARGETS[problem.field] ?? problem.field] ??= problem.message;
  const counts: Record<string, Record<string, number>> = {};
  for (const facet of result.data?.searchActivities.facets ?? []) counts[facet.field] = Object.fromEntries(facet.values.map((v) => [v.value, v.count]));
  return { criteria, result, errors, counts, searched: key.length > 0 };
}
