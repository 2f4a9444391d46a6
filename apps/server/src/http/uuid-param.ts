import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A path parameter that must be a UUID; anything else is a validation error naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({
          code: 'validation_failed',
          message: `${name} must be a UUID`,
          fields: [{ field: name, message: `${name} must be a UUID` }],
        }),
    }),
  );
}
