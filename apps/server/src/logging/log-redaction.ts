// What never reaches a log line: credentials of people, keys of scripts, platform secrets.
export const REDACTED_PATHS: string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.apiKey',
  '*.key',
  '*.token',
  '*.secret',
  '*.credentials',
  '*.accessToken',
  '*.refreshToken',
  '*.appPassword',
  // Bodies are not logged (http-logger.ts); should one ever be, it goes out redacted as a whole.
  'req.body',
  'body',
];
