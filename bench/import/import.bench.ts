// Import benchmark (issue #9.1): a generated twcs file of N rows imported through the real pipeline on the
// embedded database and on PostgreSQL, against a bare COPY of the same file into an unindexed table.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE_DIR, check, fmt, freshServerDatabase, runJson } from '../bench-support.js';
import { generateTwcsFile, type TwcsGeneratorResult } from './twcs-file.generator.js';

interface Measurement {
  rows: number;
  seconds: number;
  maxRssMb: number;
}

interface ImportMeasurement extends Measurement {
  rejected: number;
  facts: { outboundUpserted: number; inboundUpserted: number; inboundUnattached: number };
}

export async function importBenchmark(rows: number, serverUrl: string | null): Promise<string> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `twcs-${rows}.csv`);
  const metaFile = `${file}.json`;
  let generated: TwcsGeneratorResult;
  if (fs.existsSync(file) && fs.existsSync(metaFile)) {
    generated = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as TwcsGeneratorResult;
  } else {
    console.log(`import: generating ${fmt(rows)} rows into ${file}…`);
    generated = await generateTwcsFile(file, {
      rows,
      brands: 120,
      seed: 2017,
      start: new Date('2017-10-01T00:00:00Z'),
      days: 61,
    });
    fs.writeFileSync(metaFile, JSON.stringify(generated));
  }
  const mb = generated.bytes / 2 ** 20;
  const lines = [
    `### Import of a twcs file: ${fmt(rows)} rows, ${fmt(mb)} MB, ${generated.brands.length} brands`,
    '',
  ];
  lines.push(
    '| database | what | seconds | rows/s | MB/s | peak RSS (MB) | vs COPY |',
    '|---|---|---:|---:|---:|---:|---:|',
  );

  const targets: {
    name: string;
    env: () => Promise<{ env: Record<string, string>; url: string | null; done: () => Promise<void> }>;
  }[] = [
    {
      name: 'embedded (PGlite)',
      env: async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
        return {
          env: { LEDGER_DATA_DIR: dir },
          url: null,
          done: async () => fs.rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
  ];
  if (serverUrl) {
    targets.push({
      name: 'PostgreSQL server',
      env: async () => {
        const db = await freshServerDatabase(serverUrl, 'ledger_bench_import');
        return { env: { DATABASE_URL: db.url }, url: db.url, done: db.drop };
      },
    });
  }

  for (const target of targets) {
    const copyTarget = await target.env();
    console.log(`import: COPY baseline on ${target.name}…`);
    const copy = await runJson<Measurement>(
      'import/copy-baseline.main.js',
      copyTarget.url ? [file, copyTarget.url] : [file],
    );
    await copyTarget.done();
    check(copy.rows === rows, `COPY loaded ${copy.rows} rows, expected ${rows}`);

    const importTarget = await target.env();
    console.log(`import: ledger import twcs on ${target.name}…`);
    const imported = await runJson<ImportMeasurement>('import/import.main.js', [file], importTarget.env);
    await importTarget.done();
    check(
      imported.rows === rows && imported.rejected === 0,
      `imported ${imported.rows} rows (${imported.rejected} rejected), expected ${rows}`,
    );
    check(
      imported.facts.outboundUpserted === generated.outbound,
      `outbound items ${imported.facts.outboundUpserted}, expected ${generated.outbound}`,
    );
    check(
      imported.facts.inboundUpserted === generated.inbound,
      `inbound items ${imported.facts.inboundUpserted}, expected ${generated.inbound}`,
    );

    const row = (what: string, m: Measurement, ratio: string) =>
      `| ${target.name} | ${what} | ${fmt(m.seconds, 1)} | ${fmt(rows / m.seconds)} | ${fmt(mb / m.seconds, 1)} | ${fmt(m.maxRssMb)} | ${ratio} |`;
    lines.push(row('bare COPY, unindexed table', copy, '1.00'));
    lines.push(
      row(
        'ledger import twcs (parse, stage, facts, attribution)',
        imported,
        fmt(copy.seconds / imported.seconds, 2),
      ),
    );
  }
  lines.push(
    '',
    '"vs COPY" is the import rate as a share of the COPY rate (goal ≥ 0.5). Peak RSS is the importing process;',
    'on the embedded database it includes PGlite itself (goal < 500 MB whatever the file size). Checked: every',
    'row imported, outbound and inbound item counts equal the generator’s.',
  );
  return lines.join('\n');
}
