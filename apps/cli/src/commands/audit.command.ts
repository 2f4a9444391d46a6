import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { readAuditExport } from '#collectors';
import { verifyAuditChain, type AuditChainVerification } from '#domain';
import { AuditLogRepository, AuditLogService } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { addExportCommand } from './incidents-export.command.js';

export function registerAudit(program: Command): void {
  const audit = program
    .command('audit')
    .description('The append-only, hash-chained audit log: verify it, export it (docs/audit-log.md)');

  audit
    .command('verify')
    .description(
      'Recompute the hash chain and name the first broken entry; reconcile the incident tables with the log ' +
        'and name every mismatch (exit code 1 when anything is found)',
    )
    .option('-w, --workspace <slug>', 'only this workspace (default: every workspace with entries)')
    .option(
      '--anchor <seq:hash>',
      'an entry written down earlier (a printed head): it must still be there, unchanged',
    )
    .option(
      '--file <export>',
      'verify an export (ledger audit export, .csv or .json) instead of the database',
    )
    .addHelpText(
      'after',
      '\nEach workspace has its own chain. Write down the head it prints: only an anchor shows that the newest\n' +
        'entries were removed. Each incident, its timeline and its evidence files (their bytes hashed again) must\n' +
        'say what the audit entries about it say; an export (--file) is checked for its chain only.\n\nExamples:\n  npx ledger audit verify\n  npx ledger audit verify -w acme --anchor 42:9f2c…\n' +
        '  npx ledger audit verify --file audit-2017-10.json',
    )
    .action(async (opts: { workspace?: string; anchor?: string; file?: string }) => {
      const anchor = opts.anchor ? parseAnchor(opts.anchor) : undefined;
      if (opts.file) {
        const result = verifyFile(opts.file, anchor);
        report(path.basename(opts.file), result);
        if (!result.ok) process.exitCode = 1;
        return;
      }
      await withApp(async (app) => {
        let chains = await app.get(AuditLogRepository).chains();
        if (opts.workspace) {
          const workspace = await app.workspace(opts.workspace);
          chains = chains.filter((c) => c.workspaceId === workspace.id);
          if (chains.length === 0) chains = [{ workspaceId: workspace.id, slug: workspace.slug, entries: 0 }];
        }
        if (chains.length === 0) console.log('The audit log is empty.');
        if (anchor && chains.length > 1)
          throw new CliError('--anchor belongs to one chain: give --workspace too');
        for (const chain of chains) {
          const result = await app.get(AuditLogService).verify(chain.workspaceId, { anchor });
          report(chain.slug ?? chain.workspaceId, result);
          if (!result.ok) process.exitCode = 1;
        }
      });
    });

  addExportCommand(audit, 'audit');
}

function report(name: string, result: AuditChainVerification): void {
  const head = result.head ? `head #${result.head.seq} ${result.head.hash}` : 'no entries';
  const mismatches = result.ledger?.mismatches ?? [];
  if (result.firstBreak && result.firstBreak.reason !== 'ledger_mismatch') {
    console.log(`${name}: BROKEN after ${result.checked} good entries`);
    console.log(`  ${result.firstBreak.message}`);
  } else {
    console.log(`${name}: intact, ${result.checked} entries, ${head}`);
  }
  if (!result.ledger) return;
  const incidents = `${result.ledger.incidents} ${result.ledger.incidents === 1 ? 'incident' : 'incidents'}`;
  if (mismatches.length === 0) {
    console.log(`${name}: incident ledger matches the log (${incidents})`);
    return;
  }
  console.log(
    `${name}: INCIDENT LEDGER DOES NOT MATCH THE LOG: ${mismatches.length} ` +
      `${mismatches.length === 1 ? 'mismatch' : 'mismatches'} (${incidents})`,
  );
  for (const mismatch of mismatches) console.log(`  ${mismatch.message}`);
}

function verifyFile(file: string, anchor: { seq: number; hash: string } | undefined): AuditChainVerification {
  if (!fs.existsSync(file)) throw new CliError(`File not found: ${path.resolve(file)}`);
  const format = file.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  let entries;
  try {
    entries = readAuditExport(fs.readFileSync(file, 'utf8'), format).entries;
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  // An export covers a period: its first entry's link points outside it and is taken as given.
  return verifyAuditChain(entries, { segment: true, anchor });
}

function parseAnchor(value: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(value.trim());
  if (!match) throw new CliError(`--anchor: expected <seq>:<sha-256 hex>, got "${value}"`);
  return { seq: Number(match[1]), hash: match[2].toLowerCase() };
}
