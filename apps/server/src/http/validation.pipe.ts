import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldErrorDto } from './api-error.js';

/**
 * Validation of every body, query and path DTO: unknown fields are refused (a typo must not be silently
 * ignored), values are converted to their declared types, and each problem names its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        code: 'validation_failed',
        message: fields.map((f) => f.message).join('; ') || 'The request is not valid',
        fields,
      });
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((e) => {
    const field = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      // class-validator says "property x should not exist" for unknown fields; name the full path instead.
      message: message
        .replace(/^property \S+ /, `${field} `)
        .replace(new RegExp(`^${escape(e.property)} `), `${field} `),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
