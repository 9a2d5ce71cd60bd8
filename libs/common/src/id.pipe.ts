import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { BadUserInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Validates an `ID!` argument, so a malformed id is a clear BAD_USER_INPUT and never reaches SQL. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) throw BadUserInputError.field(metadata.data ?? 'id', 'must be a valid id');
    return value.toLowerCase();
  }
}

/** As IdPipe, for an argument that may be left out. */
@Injectable()
export class OptionalIdPipe implements PipeTransform<unknown, string | undefined> {
  transform(value: unknown, metadata: ArgumentMetadata): string | undefined {
    return value === undefined || value === null ? undefined : new IdPipe().transform(value, metadata);
  }
}
