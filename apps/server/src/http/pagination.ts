import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { PageOf, PageRequest } from '#persistence';

export const MAX_PAGE_SIZE = 200;

/** `?limit=&offset=`: offset pagination, newest first where a list has a time order. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50, description: 'Items per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Items to skip' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class PageInfoDto {
  @ApiProperty({ example: 50 })
  limit: number;

  @ApiProperty({ example: 0 })
  offset: number;

  @ApiProperty({ example: 3, description: 'Items in the whole list' })
  total: number;
}

export interface Page<T> {
  data: T[];
  page: PageInfoDto;
}

/** The page a query asks for, with the defaults filled in: what a repository's page method takes. */
export function pageRequest(query: PageQueryDto): PageRequest {
  return { limit: query.limit ?? 50, offset: query.offset ?? 0 };
}

/** A page the database answered, as the API answers it, each row mapped to its DTO. */
export function toPage<R, T>(page: PageOf<R>, request: PageRequest, map: (row: R) => T): Page<T> {
  return { data: page.rows.map(map), page: { ...request, total: page.total } };
}

/**
 * One page of a list that is necessarily in memory: lists computed, not stored (the caller's workspaces,
 * sourcing groups). Stored lists are paged by their repository (`pageRequest`, `toPage`).
 */
export function paginate<T>(items: T[], query: PageQueryDto): Page<T> {
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  return { data: items.slice(offset, offset + limit), page: { limit, offset, total: items.length } };
}

/** OpenAPI for `{ data: Item[], page }`. */
export function ApiPageResponse(item: ClassType<unknown>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(PageInfoDto, item),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['data', 'page'],
        properties: {
          data: { type: 'array', items: { $ref: getSchemaPath(item) } },
          page: { $ref: getSchemaPath(PageInfoDto) },
        },
      },
    }),
  );
}

/** OpenAPI for `{ data: Item }`. */
export function ApiDataResponse(
  item: ClassType<unknown>,
  status: 200 | 201 = 200,
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiResponse({
      status,
      description: status === 201 ? 'Created' : 'OK',
      schema: { type: 'object', required: ['data'], properties: { data: { $ref: getSchemaPath(item) } } },
    }),
  );
}
