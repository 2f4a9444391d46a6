import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** OpenAPI for `{ data: Item | null }`: a setting an account may not have (null: not set). */
export function ApiNullableDataResponse(item: ClassType<unknown>, description: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['data'],
        properties: { data: { nullable: true, allOf: [{ $ref: getSchemaPath(item) }] } },
      },
    }),
  );
}
