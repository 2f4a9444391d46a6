import { applyDecorators, Controller } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiErrorDto } from './api-error.js';

/**
 * A controller of workspace resources at /api/v1/workspaces/{workspace}/<resource>: the workspace comes from
 * the URL, is checked against the caller by the guard, and is the only workspace its queries see.
 */
export function WorkspaceController(resource: string, tag: string): ClassDecorator {
  return applyDecorators(
    Controller(`api/v1/workspaces/:workspace${resource ? `/${resource}` : ''}`),
    ApiTags(tag),
    ApiParam({ name: 'workspace', description: 'Workspace slug, e.g. demo', example: 'demo' }),
    ApiCommonErrors(),
  );
}

/** The errors every authenticated route may answer with, all in the one error body. */
export function ApiCommonErrors(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiBadRequestResponse({ type: ApiErrorDto, description: 'validation_failed: fields names each problem' }),
    ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'No or an invalid API key / session' }),
    ApiForbiddenResponse({ type: ApiErrorDto, description: 'The role does not allow this' }),
    ApiNotFoundResponse({ type: ApiErrorDto, description: 'No such workspace or resource (or not yours)' }),
  );
}
