import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, FieldNode } from 'graphql';
import { selectsField } from './selected-fields';

/** The resolve info of the query's first root field, as graphql-js hands it to a resolver. */
function infoOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds a field asked for directly, in an inline fragment or in a named one', () => {
    expect(selectsField(infoOf('{ search { total facets { field } } }'), 'facets')).toBe(true);
    expect(selectsField(infoOf('{ search { total ... on Result { facets { field } } } }'), 'facets')).toBe(true);
    expect(selectsField(infoOf('{ search { ...A } } fragment A on Result { ...B } fragment B on Result { facets { field } }'), 'facets')).toBe(true);
  });

  it('does not find a field asked for only deeper down or not at all, and stops on fragment cycles', () => {
    expect(selectsField(infoOf('{ search { total } }'), 'facets')).toBe(false);
    expect(selectsField(infoOf('{ search { hits { facets } } }'), 'facets')).toBe(false);
    expect(selectsField(infoOf('{ search { ...A } } fragment A on Result { ...A total }'), 'facets')).toBe(false);
  });
});
