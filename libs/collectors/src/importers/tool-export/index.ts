export * from './tool-export-import.service.js';
export { TOOL_EXPORT } from './tool-header.mapper.js';
