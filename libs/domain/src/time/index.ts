export * from './zoned-date.util.js';
