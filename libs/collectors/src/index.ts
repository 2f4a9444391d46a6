export * from './importers/twcs/index.js';
export * from './importers/twcs/twcs-import.service.js';
export * from './importers/roster/index.js';
export * from './importers/roster/roster-import.service.js';
export * from './attribution/attribution.service.js';
export * from './collectors.module.js';
export * from './demo/demo-workspace.service.js';
