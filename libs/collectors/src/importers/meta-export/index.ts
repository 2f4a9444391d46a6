export * from './meta-export-import.service.js';
export { META_EXPORT, type MetaPlatform } from './meta-header.mapper.js';
