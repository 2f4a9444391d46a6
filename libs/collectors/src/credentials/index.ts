export * from './credential-cipher.js';
export * from './account-connection.service.js';
export * from './credential-fields.js';
