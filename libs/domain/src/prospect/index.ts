export * from './prospect.types.js';
export { estimateProspect, isWeekend } from './prospect-estimate.util.js';
