export * from './model/facts.js';
export * from './metrics/metrics.types.js';
export * from './statistics/index.js';
export * from './attribution/index.js';
export * from './responsiveness/index.js';
export * from './metrics/index.js';
export * from './demo/index.js';
export * from './time/index.js';
