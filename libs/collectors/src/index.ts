export * from './importers/twcs/index.js';
export * from './importers/roster/index.js';
