/** One problem with one input field, as the API names it (e.g. "near.postcode"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error the API answered with, in its one vocabulary (extensions.code), or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: FieldProblem[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get isSessionEnded(): boolean {
    return this.code === 'UNAUTHENTICATED';
  }

  /** The problem with one field, if the API named it. */
  problem(field: string): string | undefined {
    return this.problems.find((p) => p.field === field)?.message;
  }
}

interface GraphQLErrorJson {
  message: string;
  extensions?: { code?: string; problems?: FieldProblem[]; fields?: string[]; [key: string]: unknown };
}

/** The first error's code and message; every error's field problems. */
export function toApiError(errors: GraphQLErrorJson[]): ApiError {
  const first = errors[0];
  const problems = errors.flatMap((e) => e.extensions?.problems ?? (e.extensions?.fields ?? []).map((field) => ({ field, message: e.message })));
  return new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', problems, first.extensions ?? {});
}
