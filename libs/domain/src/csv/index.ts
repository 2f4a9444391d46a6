export { csvCell, csvText, renderCsvLines } from './csv-cell.util.js';
