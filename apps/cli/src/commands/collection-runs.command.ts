import type { Command } from 'commander';
import { AccountRepository, StreamRunRepository } from '#persistence';
import { withApp } from '../cli-context.js';

export function registerCollectionRuns(program: Command): void {
  program
    .command('collection-runs')
    .description('The collection history: per account and stream, what was collected, when, and what failed')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('-a, --account <handle>', 'only this account')
    .option('--limit <n>', 'most recent runs', '30')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { workspace: string; account?: string; limit: string; format: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const accounts = new Map(
          (await app.get(AccountRepository).listByWorkspace(workspace.id)).map((a) => [a.id, a]),
        );
        const accountId = opts.account
          ? [...accounts.values()].find(
              (a) => `${a.platform}:${a.handle}` === opts.account || a.handle === opts.account,
            )?.id
          : undefined;
        const runs = await app.get(StreamRunRepository).listRecent(workspace.id, {
          accountId,
          limit: Number(opts.limit) || 30,
        });
        if (opts.format === 'json') {
          console.log(JSON.stringify(runs, null, 2));
          return;
        }
        for (const r of runs) {
          const account = r.accountId ? accounts.get(r.accountId) : undefined;
          const name = account ? `${account.platform}:${account.handle}` : '-';
          const window = `${r.windowFrom ? r.windowFrom.toISOString().slice(0, 10) : 'all'}..${r.windowTo?.toISOString().slice(0, 16) ?? '?'}`;
          console.log(
            `${r.startedAt.toISOString().slice(0, 19)}  ${name.padEnd(28)} ${(r.stream ?? '').padEnd(14)} ${r.status.padEnd(9)} ` +
              `read ${r.rowsRead} kept ${r.rowsImported} rejected ${r.rowsRejected}  ${window}${r.complete === false ? ' GAP' : ''}` +
              `${r.deletionsNoticed ? `  deleted ${r.deletionsNoticed}` : ''}${r.error ? `\n    ${r.error}` : ''}`,
          );
        }
      });
    });
}
