// Everything a report is made of, read from the templates folder (reports/ by default): layouts, partials,
// one template per report kind, locale files, the stylesheet, the chart script, and the chart.js UMD build.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { findReportsDir } from './find-reports-dir.js';
import { LocaleCatalog, type MessageTree } from './locale/locale-catalog.js';

export interface ReportTemplateSet {
  dir: string;
  /** layouts/<name>.hbs, by name ("base"). */
  layouts: Record<string, string>;
  /** partials/<name>.hbs, by name ("header"). */
  partials: Record<string, string>;
  /** <name>.hbs at the top of the folder, one per report kind ("monthly-comparison"). */
  templates: Record<string, string>;
  /** locales/<locale>.json, by locale ("en", "de"). */
  catalogs: Record<string, LocaleCatalog>;
  /** styles/*.css: report.css first, then the others by name, as one stylesheet. */
  css: string;
  /** scripts/render-charts.js */
  chartScript: string;
  /** chart.js UMD build from node_modules (4.x), inlined so reports work offline. */
  chartJs: string;
}

export async function loadReportTemplateSet(dir: string = findReportsDir()): Promise<ReportTemplateSet> {
  const [layouts, partials, templates, catalogs, css, chartScript, chartJs] = await Promise.all([
    readFolder(join(dir, 'layouts'), '.hbs'),
    readFolder(join(dir, 'partials'), '.hbs'),
    readFolder(dir, '.hbs'),
    readCatalogs(join(dir, 'locales')),
    readStyles(join(dir, 'styles')),
    readFile(join(dir, 'scripts', 'render-charts.js'), 'utf8'),
    readFile(chartJsUmdPath(), 'utf8'),
  ]);
  return { dir, layouts, partials, templates, catalogs, css, chartScript, chartJs };
}

// chart.js does not export its UMD file; resolve the package entry and take the UMD build beside it.
function chartJsUmdPath(): string {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return join(dirname(entry), 'chart.umd.min.js');
}

async function readFolder(folder: string, extension: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && extname(entry.name) === extension);
  const sources = await Promise.all(files.map((file) => readFile(join(folder, file.name), 'utf8')));
  return Object.fromEntries(files.map((file, i) => [basename(file.name, extension), sources[i]]));
}

// report.css is the base every report needs; the other files (engine sections, the incident audit) build on it.
async function readStyles(folder: string): Promise<string> {
  const files = await readFolder(folder, '.css');
  const names = Object.keys(files).sort((a, b) =>
    a === 'report' ? -1 : b === 'report' ? 1 : a.localeCompare(b),
  );
  if (!names.includes('report')) throw new Error(`No styles/report.css in ${folder}`);
  return names.map((name) => files[name]).join('\n');
}

async function readCatalogs(folder: string): Promise<Record<string, LocaleCatalog>> {
  const entries = await readdir(folder);
  const catalogs: Record<string, LocaleCatalog> = {};
  for (const name of entries.filter((entry) => extname(entry) === '.json')) {
    const path = join(folder, name);
    const locale = basename(name, '.json');
    let messages: MessageTree;
    try {
      messages = JSON.parse(await readFile(path, 'utf8')) as MessageTree;
    } catch (error) {
      throw new Error(`Locale file ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    catalogs[locale] = new LocaleCatalog(locale, messages, path);
  }
  return catalogs;
}
