import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isFullPostcode } from '@app/geo';
import { isTimeOfDay } from '../activities/activity-rules';

function rule(name: string, test: (value: unknown, args: ValidationArguments) => boolean, message: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({ name, target: object.constructor, propertyName, options: { message, ...options }, validator: { validate: test } });
}

export const IsUkPostcode = (options?: ValidationOptions) =>
  rule('isUkPostcode', (v) => typeof v === 'string' && isFullPostcode(v), 'must be a full UK postcode, e.g. M1 1AE', options);

export const IsHourMinute = (options?: ValidationOptions) => rule('isHourMinute', (v) => isTimeOfDay(v), 'must be a 24-hour time "HH:MM"', options);

/** Registered charity numbers: England and Wales (6–7 digits, optional -NN), Scotland (SC…), Northern Ireland (NIC…). */
export const IsCharityNumber = (options?: ValidationOptions) =>
  rule(
    'isCharityNumber',
    (v) => typeof v === 'string' && /^(\d{6,7}(-\d{1,2})?|SC\d{6}|NIC?\d{5,6})$/i.test(v.trim()),
    'must be a registered charity number, e.g. 1123456, SC012345 or NIC100001',
    options,
  );

/** Companies House numbers: 8 digits, or a 2-letter prefix (SC, NI, OC…) and 6 digits. */
export const IsCompanyNumber = (options?: ValidationOptions) =>
  rule(
    'isCompanyNumber',
    (v) => typeof v === 'string' && /^([0-9]{8}|[A-Z]{2}[0-9]{6})$/i.test(v.trim()),
    'must be a Companies House number, e.g. 01234567 or SC123456',
    options,
  );

export const IsUkPhone = (options?: ValidationOptions) =>
  rule(
    'isUkPhone',
    (v) => typeof v === 'string' && /^\+?[0-9 ()-]{10,20}$/.test(v) && v.replace(/\D/g, '').length >= 10,
    'must be a phone number, e.g. 0161 123 4567',
    options,
  );

/** ISO 639-1 language codes, e.g. "en", "ur", "pl". */
export const IsLanguageCodes = (options?: ValidationOptions) =>
  rule(
    'isLanguageCodes',
    (v) => Array.isArray(v) && v.every((c) => typeof c === 'string' && /^[a-z]{2}$/.test(c)),
    'must be two-letter ISO 639-1 codes, e.g. en, ur',
    options,
  );

/** The property, when given, is at least the named sibling (e.g. maximumAge ≥ minimumAge). */
export const IsAtLeastProperty = (sibling: string, options?: ValidationOptions) =>
  rule(
    'isAtLeastProperty',
    (v, args) => {
      const other = (args.object as Record<string, unknown>)[sibling];
      return v === null || v === undefined || typeof other !== 'number' || (typeof v === 'number' && v >= other);
    },
    `must be at least ${sibling}`,
    options,
  );

/** End time after the sibling start time ("HH:MM"). */
export const IsAfterTime = (sibling: string, options?: ValidationOptions) =>
  rule(
    'isAfterTime',
    (v, args) => {
      const start = (args.object as Record<string, unknown>)[sibling];
      return !isTimeOfDay(v) || !isTimeOfDay(start) || v > start;
    },
    `must be after ${sibling}`,
    options,
  );
