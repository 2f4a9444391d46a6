import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'limit', description: 'The input field at fault (dot path for nested fields)' })
  field: string;

  @ApiProperty({ example: 'limit must not be greater than 200' })
  message: string;
}

export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({
    example: 'validation_failed',
    description:
      'Stable, machine-readable: validation_failed, unauthenticated, forbidden, cross_site_request, not_found, ' +
      'conflict, last_admin, unreadable_file, payload_too_large, rate_limited, internal_error, not_ready, ' +
      'credentials_key_missing',
  })
  code: string;

  @ApiProperty({ example: 'limit must not be greater than 200' })
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  fields?: FieldErrorDto[];
}

/** Every error of the API has this body. */
export class ApiErrorDto {
  @ApiProperty({ type: ErrorBodyDto })
  error: ErrorBodyDto;
}

export const DEFAULT_ERROR_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
  500: 'internal_error',
  503: 'not_ready',
};
