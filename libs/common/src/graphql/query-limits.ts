import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { Extensions } from '@nestjs/graphql';
import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  GraphQLOutputType,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  valueFromASTUntyped,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
}

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: ['query'], http: { status: 400 } } });
}

/** graphql-armor's rules report through the validation context instead of throwing. */
function reportTo(describe: (found: string) => string) {
  return [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(describe(error.message)))];
}
const found = (message: string) => /found (\d+)/.exec(message)?.[1] ?? 'too many';

/**
 * Validation rules that bound a query before any resolver runs: depth, aliases, directives (from
 * graphql-armor, which walks each fragment once however often it is spread) and root fields.
 * The document's size is bounded by the parser's token limit; the cost by `costLimitPlugin`.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: reportTo((m) => `Query is ${found(m)} levels deep; the maximum is ${limits.maxDepth}`),
    }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: reportTo((m) => `Query uses ${found(m)} aliases; the maximum is ${limits.maxAliases}`) }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: reportTo((m) => `Query uses ${found(m)} directives; the maximum is ${limits.maxDirectives}`),
    }),
    rootFieldsRule(limits.maxRootFields),
  ];
}

/**
 * At most `max` fields at the root of an operation (each alias counts), so one request does a
 * bounded amount of work; and one mutation per request, because each commits on its own: a second
 * that failed would null the response (mutations are non-null) and hide that the first was stored.
 */
export function rootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const count = countRootFields(node.selectionSet, context, new Set());
      if (count > max) context.reportError(limitError(`Query asks for ${count} root fields; the maximum is ${max}`));
      else if (node.operation === OperationTypeNode.MUTATION && count > 1) context.reportError(limitError('Send one mutation per request'));
    },
  });
}

function countRootFields(set: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value); // a fragment spread twice at the root adds no new fields
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

const PAGE_ARGUMENTS = new Set(['pageSize', 'first', 'limit', 'per_page']);
const DEFAULT_LIST_SIZE = 10;

/**
 * The usual length of a list that takes no page size (an activity's needs, a user's organisations),
 * for the cost model, which otherwise assumes 10 of everything.
 */
export const ListSize = (size: number) => Extensions({ listSize: size });

/** A page size set on a field's arguments, literally or through variables (e.g. searchActivities(input: $input)). */
function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  const find = (value: unknown, depth: number): number | undefined => {
    if (depth > 3 || value === null || typeof value !== 'object') return undefined;
    for (const [key, inner] of Object.entries(value)) {
      if (PAGE_ARGUMENTS.has(key) && typeof inner === 'number' && Number.isFinite(inner)) return inner;
      const nested = find(inner, depth + 1);
      if (nested !== undefined) return nested;
    }
    return undefined;
  };
  for (const argument of field.arguments ?? []) {
    const value = valueFromASTUntyped(argument.value, variables);
    if (PAGE_ARGUMENTS.has(argument.name.value) && typeof value === 'number') return Math.max(1, value);
    const size = find(value, 0);
    if (size !== undefined) return Math.max(1, size);
  }
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * What an operation costs: each field 1, and a list multiplies what is inside it by its page size
 * (from the field's arguments or a parent's, literal or variable; else the field's ListSize; else 10). Each fragment is
 * priced once per type and page size, so spreading fragments many times costs no extra work here.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  const cost = (set: SelectionSetNode | undefined, parent: GraphQLObjectType, pageSize: number | undefined): number => {
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
        const own = pageSizeOf(selection, variables);
        const inner = isObjectType(named) ? cost(selection.selectionSet, named, list ? undefined : (own ?? pageSize)) : 0;
        const children = isInterfaceType(named) ? 0 : inner;
        const declared = typeof def.extensions?.listSize === 'number' ? def.extensions.listSize : undefined;
        total += 1 + (list ? (own ?? pageSize ?? declared ?? DEFAULT_LIST_SIZE) * children : children);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isObjectType(type)) total += cost(selection.selectionSet, type, pageSize);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !isObjectType(type)) continue;
        const key = `${fragment.name.value}|${pageSize ?? ''}`;
        if (!memo.has(key)) {
          if (inProgress.has(key)) continue; // a cycle: refused by graphql-js's own rule
          inProgress.add(key);
          memo.set(key, cost(fragment.selectionSet, type, pageSize));
          inProgress.delete(key);
        }
        total += memo.get(key)!;
      }
      if (total > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    }
    return total;
  };

  const roots = {
    [OperationTypeNode.QUERY]: schema.getQueryType(),
    [OperationTypeNode.MUTATION]: schema.getMutationType(),
    [OperationTypeNode.SUBSCRIPTION]: schema.getSubscriptionType(),
  };
  const root = roots[operation.operation];
  return root ? cost(operation.selectionSet, root, undefined) : 0;
}

/**
 * An error sets the response's HTTP status (see DomainError) only when nothing was answered: a query
 * whose other fields succeeded is a 200 with partial data, as GraphQL clients expect.
 */
export function partialResultStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const data = response.body.singleResult.data;
          if (data && Object.values(data).some((value) => value !== null)) response.http.status = 200;
          return Promise.resolve();
        },
      }),
  };
}

/** Refuses an operation that costs more than `maxCost` once its variables are known. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          if (!operation) return Promise.resolve();
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) return Promise.reject(limitError(`Query cost ${cost} is over the limit of ${maxCost}; ask for fewer fields or smaller pages`));
          return Promise.resolve();
        },
      }),
  };
}
