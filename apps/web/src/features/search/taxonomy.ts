import { useQuery } from '../../api/hooks';
import { graphql } from '../../gql';

const TAXONOMIES = graphql(`
  query Taxonomies {
    needs: taxonomy(kind: NEED) {
      code
      label
    }
    accessibility: taxonomy(kind: ACCESSIBILITY) {
      code
      label
    }
  }
`);

/** Needs and accessibility features with their labels (stable codes; the labels are for people). */
export function useTaxonomies() {
  return useQuery(TAXONOMIES, {});
}
