export * from './twcs.types.js';
export * from './twcs-file.reader.js';
export * from './twcs-header.error.js';
export type { TwcsHeaderMap } from './twcs-header.mapper.js';
export { normalizeTwcsId } from './twcs-id.normalizer.js';
export { parseTwcsDate } from './twcs-date.parser.js';
