import type { Command } from 'commander';
import { EngineSettingsService } from '#reporting';
import { AccountRepository } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { accountByHandle, settingsChange } from './engine-cli.util.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function registerPlan(program: Command): void {
  const plan = program
    .command('plan')
    .description('Planned publishing cadence per account (volume against plan)');
  plan
    .command('set')
    .description('Items an account should publish per weekday, from a day on')
    .argument('<handle>', 'account handle')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--per-weekday <counts>', 'seven numbers, Sunday first, e.g. 0,1,1,1,1,1,0')
    .requiredOption('--from <day>', 'first day, YYYY-MM-DD (local to the account)')
    .option('--to <day>', 'first day the plan no longer applies to (default: open-ended)')
    .option('--group <group>', 'the group whose commitment it is (only its items fulfil it); default: anyone')
    .option('--kinds <kinds>', 'outbound kinds that count, comma-separated (default: post)')
    .addHelpText(
      'after',
      '\nExample (the agency posts every Tuesday and Friday):\n' +
        '  npx ledger plan set KaffeeKontor -w demo --per-weekday 0,0,1,0,0,1,0 --from 2026-10-01 --group agency:BrightReply',
    )
    .action(
      async (
        handle: string,
        opts: {
          workspace: string;
          perWeekday: string;
          from: string;
          to?: string;
          group?: string;
          kinds?: string;
        },
      ) => {
        const perWeekday = opts.perWeekday.split(',').map((n) => Number(n.trim()));
        if (perWeekday.length !== 7 || perWeekday.some((n) => !Number.isInteger(n) || n < 0))
          throw new CliError(`--per-weekday: seven whole numbers, Sunday first, got "${opts.perWeekday}"`);
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const account = await accountByHandle(app, workspace, handle);
          const result = await settingsChange(() =>
            app.get(EngineSettingsService).setPlan(workspace.id, {
              accountId: account.id,
              group: opts.group ?? null,
              from: opts.from,
              to: opts.to ?? null,
              perWeekday,
              ...(opts.kinds ? { kinds: opts.kinds.split(',').map((k) => k.trim()) } : {}),
            }),
          );
          console.log(
            `${result.replaced ? 'Replaced' : 'Added'} the plan of ${account.handle} from ${opts.from}.`,
          );
        });
      },
    );
  plan
    .command('list')
    .description('The cadence plans of the workspace')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const handles = new Map(
          (await app.get(AccountRepository).listByWorkspace(workspace.id)).map((a) => [a.id, a.handle]),
        );
        const plans = await app.get(EngineSettingsService).listPlans(workspace.id);
        if (plans.length === 0) return console.log('No cadence plans yet (ledger plan set --help).');
        for (const p of plans) {
          const days = p.perWeekday.map((n, i) => `${WEEKDAYS[i]} ${n}`).join(', ');
          console.log(
            `${(handles.get(p.accountId) ?? p.accountId).padEnd(20)} ${p.from} – ${p.to ?? 'open'}  ${p.group ?? 'anyone'}  ${days}  (${(p.kinds ?? ['post']).join(', ')})`,
          );
        }
      });
    });
}
