export * from './monthly/monthly-report.model.js';
