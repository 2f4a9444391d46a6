export * from './mapped-csv-import.service.js';
export * from './column-mapping.types.js';
export * from './column-mapping.error.js';
export { readColumnMapping, parseColumnMapping } from './column-mapping.reader.js';
