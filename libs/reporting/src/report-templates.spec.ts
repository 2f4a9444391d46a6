// Guards for everyone who edits reports/: templates compile, never print unescaped values, and every string
// they ask for exists in every locale.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { findReportsDir } from './find-reports-dir.js';
import { createHandlebarsEnvironment } from './handlebars-environment.js';
import { loadReportTemplateSet, type ReportTemplateSet } from './report-template-set.js';

async function templateFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('report templates', () => {
  const reportsDir = findReportsDir();
  let set: ReportTemplateSet;
  let sources: { file: string; source: string }[];

  beforeAll(async () => {
    set = await loadReportTemplateSet(reportsDir);
    const files = await templateFiles(reportsDir);
    sources = await Promise.all(
      files.map(async (file) => ({ file: relative(reportsDir, file), source: await readFile(file, 'utf8') })),
    );
  });

  it('has the layout, the partials and the monthly report', () => {
    expect(Object.keys(set.layouts)).toContain('base');
    expect(Object.keys(set.partials).sort()).toEqual(
      expect.arrayContaining([
        'header',
        'summary',
        'responsiveness-table',
        'frt-chart',
        'volume-chart',
        'definitions',
        'footer',
      ]),
    );
    expect(createHandlebarsEnvironment(set).templateNames).toContain('monthly-comparison');
  });

  it('never prints a value unescaped ({{{ }}} or {{& }}): platform text is untrusted', () => {
    const offenders = sources.filter(({ source }) =>
      /\{\{\{|\{\{~?\s*&/.test(source.replace(/\{\{!--[\s\S]*?--\}\}/g, '')),
    );
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it('has the same keys in every locale', () => {
    const [first, ...others] = Object.values(set.catalogs);
    for (const catalog of others)
      expect({ [catalog.locale]: catalog.keys() }).toEqual({ [catalog.locale]: first.keys() });
    expect(Object.keys(set.catalogs).sort()).toEqual(['de', 'en']);
  });

  it('keeps apart what one German word once meant four times: undecided, SLA pending, unanswered, open', () => {
    // These can stand in the same table or on the same page: a reader must tell them apart in every language.
    const keys = ['table.undecided', 'serviceLevels.pending', 'serviceLevels.open', 'incidentStatuses.open'];
    for (const catalog of Object.values(set.catalogs)) {
      const words = keys.map((key) => catalog.t(key));
      expect({ [catalog.locale]: new Set(words).size }).toEqual({ [catalog.locale]: keys.length });
    }
    expect(keys.map((key) => set.catalogs.de.t(key))).toEqual([
      'Jünger als 72 Std.',
      'Frist läuft',
      'Unbeantwortet',
      'Offen',
    ]);
  });

  it('asks only for locale strings that exist', () => {
    const keys = sources.flatMap(({ source }) =>
      [...source.matchAll(/\(?\bt\s+"([\w.]+)"/g)].map((match) => match[1]),
    );
    expect(keys.length).toBeGreaterThan(40);
    for (const catalog of Object.values(set.catalogs)) {
      expect({ [catalog.locale]: keys.filter((key) => !catalog.has(key)) }).toEqual({ [catalog.locale]: [] });
    }
  });

  it('references no network resource in the stylesheet', () => {
    const rules = set.css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(rules).not.toMatch(/url\(|@import/i);
  });
});
