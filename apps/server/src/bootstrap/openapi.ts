import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../auth/auth.guard.js';

/** The OpenAPI document of /api/v1: served at /api/docs (Swagger UI) and /api/docs-json. */
export function setUpOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Channel Ledger API')
    .setVersion('1')
    .setDescription(
      'Should a company’s social media channels be run by its own staff or by an agency? Every resource lives in ' +
        'a workspace: /api/v1/workspaces/{workspace}/…, where {workspace} is its slug. Authenticate with an API key ' +
        '(`Authorization: Bearer cl_…`, created with `ledger api-keys create`) or the session cookie of the pages. ' +
        'Lists take `limit` (1–200, default 50) and `offset` and answer `{ data, page: { limit, offset, total } }`. ' +
        'Errors answer `{ error: { status, code, message, fields? } }`. A workspace or resource the caller may not ' +
        'see answers 404, exactly like one that does not exist. See docs/api.md.',
    )
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key of one workspace' }, 'bearer')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
  return document;
}
