import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, FieldProblem } from './errors';

/** Flattens class-validator's nested errors into dotted field paths ("schedule.0.endTime"). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push({ field, message: stripPropertyName(message, error.property) });
    }
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, field));
  }
  return problems;
}

// class-validator messages start with the property name ("title must be shorter…"); the field is
// reported separately, so keep the message itself.
function stripPropertyName(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

/** Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belong in text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Passwords are taken exactly as typed; every other string is trimmed before it is validated. */
const TAKEN_AS_TYPED = /password/i;
const MAX_NESTING = 8;

/**
 * Trims strings (so "   " is blank and fails a length rule rather than being stored as "") and
 * refuses control characters, naming the field; returns the cleaned copy.
 */
export function cleanInput(value: unknown, field: string, problems: FieldProblem[], depth = 0): unknown {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value)) problems.push({ field, message: 'must not contain control characters' });
    return TAKEN_AS_TYPED.test(field.split('.').pop() ?? '') ? value : value.trim();
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return value;
  if (depth > MAX_NESTING) {
    problems.push({ field, message: 'is nested too deeply' });
    return value;
  }
  const child = (key: string | number) => (field ? `${field}.${key}` : String(key));
  if (Array.isArray(value)) return value.map((item, index) => cleanInput(item, child(index), problems, depth + 1));
  const cleaned: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) cleaned[key] = cleanInput(item, child(key), problems, depth + 1);
  return cleaned;
}

/** class-validator rules on every input, after trimming and refusing control characters. */
class InputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return value; // parameter decorators such as @CurrentViewer
    const problems: FieldProblem[] = [];
    const root = metadata.data && (typeof value !== 'object' || value === null) ? metadata.data : '';
    const cleaned = cleanInput(value, root, problems);
    if (problems.length) throw new BadUserInputError(problems);
    return super.transform(cleaned, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadUserInputError(flattenValidationErrors(errors)),
  });
}
