export * from './roster.types.js';
export * from './roster-file.error.js';
export * from './roster-file.reader.js';
export {
  parseClock,
  parseShiftRule,
  parseShiftText,
  type ShiftParseResult,
  type ShiftRule,
} from './shift-window.parser.js';
