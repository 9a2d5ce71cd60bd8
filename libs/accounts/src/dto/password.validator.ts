import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { passwordProblem } from '../passwords/password-policy';

/** The password policy as a class-validator rule; the message says what is wrong with this password. */
export const IsAcceptablePassword = (options?: ValidationOptions) => (object: object, propertyName: string) =>
  registerDecorator({
    name: 'isAcceptablePassword',
    target: object.constructor,
    propertyName,
    options: { message: (args: ValidationArguments) => passwordProblem(String(args.value ?? '')) ?? 'is not acceptable', ...options },
    validator: { validate: (value: unknown) => typeof value === 'string' && !passwordProblem(value) },
  });
