import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  GraphQLOutputType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValueNode,
} from 'graphql';

/**
 * Query depth and cost limits, as GraphQL validation rules: a query too deep or too costly is
 * refused before any resolver runs.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentMap(context);
    return {
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is ${depth} levels deep; the maximum is ${maxDepth}`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT', fields: ['query'] },
            }),
          );
        }
      },
    };
  };
}

/** Each field costs 1; a list multiplies what is inside it by its page size (or 10 when unknown). */
export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentMap(context);
    const schema = context.getSchema();
    return {
      OperationDefinition(node) {
        const root = node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
        if (!root) return;
        const cost = selectionCost(node.selectionSet, root, schema, fragments, new Set());
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(`Query cost ${cost} is over the limit of ${maxCost}; ask for fewer fields or smaller pages`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT', fields: ['query'] },
            }),
          );
        }
      },
    };
  };
}

function fragmentMap(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  }
  return map;
}

function selectionDepth(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

const PAGE_ARGUMENTS = ['pageSize', 'first', 'limit', 'per_page'];
const DEFAULT_LIST_SIZE = 10;

/** A page size set on this field's own arguments (e.g. searchActivities(input: { pageSize: 50 })). */
function pageSizeArgument(field: FieldNode): number | undefined {
  const search = (value: ValueNode | undefined): number | undefined => {
    if (!value) return undefined;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.OBJECT) {
      for (const f of value.fields) {
        if (PAGE_ARGUMENTS.includes(f.name.value)) return search(f.value);
      }
    }
    return undefined;
  };
  for (const arg of field.arguments ?? []) {
    const size = search(arg.value);
    if (size !== undefined) return Math.max(1, size);
  }
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function selectionCost(
  set: SelectionSetNode | undefined,
  parent: GraphQLObjectType,
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
  pageSize?: number,
): number {
  if (!set) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const def = parent.getFields()[selection.name.value];
      if (!def) continue;
      const named = getNamedType(def.type);
      const list = isList(def.type);
      // A page size given on a field prices the first list below it (searchActivities → hits).
      const ownSize = pageSizeArgument(selection);
      const passedDown = list ? undefined : ownSize ?? pageSize;
      const inner = isObjectType(named) ? selectionCost(selection.selectionSet, named, schema, fragments, seen, passedDown) : 0;
      const children = isInterfaceType(named) ? 0 : inner;
      total += 1 + (list ? (ownSize ?? pageSize ?? DEFAULT_LIST_SIZE) * children : children);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? schema.getType(typeName) : parent;
      if (isObjectType(type)) total += selectionCost(selection.selectionSet, type, schema, fragments, seen, pageSize);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      const type = schema.getType(fragment.typeCondition.name.value);
      if (isObjectType(type)) total += selectionCost(fragment.selectionSet, type, schema, fragments, new Set([...seen, name]), pageSize);
    }
  }
  return total;
}
