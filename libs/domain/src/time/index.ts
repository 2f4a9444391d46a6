export * from './zoned-date.util.js';
export * from './time-zone-name.util.js';
