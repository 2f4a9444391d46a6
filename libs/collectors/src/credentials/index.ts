export * from './credential-cipher.js';
export * from './account-connection.service.js';
