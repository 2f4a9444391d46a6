import { Option, type Command } from 'commander';
import type { CostComponent } from '#domain';
import { EngineSettingsService } from '#reporting';
import { CliError, withApp } from '../cli-context.js';
import { amount, settingsChange } from './engine-cli.util.js';

interface CostsSetOptions {
  workspace: string;
  group: string;
  from: string;
  to?: string;
  currency: string;
  retainer?: string;
  fee?: string;
  per: 'outbound' | 'response';
  hourly?: string;
  hours?: string;
  fteCost?: string;
  fte?: string;
}

export function registerCosts(program: Command): void {
  const costs = program
    .command('costs')
    .description('Cost models of the sourcing groups (what staff and agencies cost, per period)');
  costs
    .command('set')
    .description("Set what a group costs from a day on (replaces the group's model starting that day)")
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--group <group>', 'in_house or agency:<name>')
    .requiredOption('--from <day>', 'first day the model applies to, YYYY-MM-DD')
    .option('--to <day>', 'first day it no longer applies to (default: open-ended)')
    .requiredOption('--currency <code>', 'ISO 4217, e.g. EUR')
    .option('--retainer <amount>', 'monthly retainer (agencies)')
    .option('--fee <amount>', 'fee per item (see --per)')
    .addOption(
      new Option('--per <item>', 'what --fee is charged for')
        .choices(['outbound', 'response'])
        .default('response'),
    )
    .option('--hourly <amount>', 'staff cost per hour (with --hours)')
    .option('--hours <n>', 'hours per month spent on the channels (with --hourly)')
    .option('--fte-cost <amount>', 'monthly cost of one full-time position (with --fte)')
    .option('--fte <share>', 'full-time positions, e.g. 1.5 (with --fte-cost)')
    .addHelpText(
      'after',
      '\nMonthly amounts are prorated by calendar day; fees are charged per outbound item or per response.\n' +
        'Examples:\n' +
        '  npx ledger costs set -w acme --group agency:BrightReply --from 2026-01-01 --currency EUR --retainer 4200 --fee 0.75\n' +
        '  npx ledger costs set -w acme --group in_house --from 2026-01-01 --currency EUR --fte-cost 5000 --fte 3',
    )
    .action(async (opts: CostsSetOptions) => {
      const components = costComponents(opts);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const { model, created } = await settingsChange(() =>
          app.get(EngineSettingsService).setCostModel(workspace.id, {
            group: opts.group,
            currency: opts.currency,
            from: opts.from,
            to: opts.to ?? null,
            components,
          }),
        );
        console.log(
          `${created ? 'Added' : 'Replaced'} the cost model of ${model.group} from ${model.from} (${model.id}).`,
        );
      });
    });
  costs
    .command('list')
    .description('The cost models of the workspace')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { workspace: string; format: 'table' | 'json' }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const models = await app.get(EngineSettingsService).listCostModels(workspace.id);
        if (opts.format === 'json') return console.log(JSON.stringify(models, null, 2));
        if (models.length === 0) return console.log('No cost models yet (ledger costs set --help).');
        for (const m of models)
          console.log(
            `${m.group.padEnd(24)} ${m.from} – ${m.to ?? 'open'}  ${m.currency}  ${m.components.map(describe).join(' + ')}  ${m.id}`,
          );
      });
    });
  costs
    .command('remove')
    .description('Remove a cost model by its id (see: ledger costs list)')
    .argument('<id>', 'cost model id')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (id: string, opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        await settingsChange(() => app.get(EngineSettingsService).deleteCostModel(workspace.id, id));
        console.log(`Removed cost model ${id}.`);
      });
    });
}

function costComponents(opts: CostsSetOptions): CostComponent[] {
  const components: CostComponent[] = [];
  const retainer = amount(opts.retainer, '--retainer');
  if (retainer !== undefined) components.push({ kind: 'retainer', perMonth: retainer });
  const fee = amount(opts.fee, '--fee');
  if (fee !== undefined) components.push({ kind: 'per-item', fee, per: opts.per });
  const hourly = amount(opts.hourly, '--hourly');
  const hours = amount(opts.hours, '--hours');
  if ((hourly === undefined) !== (hours === undefined))
    throw new CliError('--hourly and --hours go together');
  if (hourly !== undefined) components.push({ kind: 'hourly', perHour: hourly, hoursPerMonth: hours! });
  const fteCost = amount(opts.fteCost, '--fte-cost');
  const fte = amount(opts.fte, '--fte');
  if ((fteCost === undefined) !== (fte === undefined)) throw new CliError('--fte-cost and --fte go together');
  if (fteCost !== undefined) components.push({ kind: 'fte', perFtePerMonth: fteCost, fteShare: fte! });
  if (components.length === 0)
    throw new CliError(
      'Give at least one of --retainer, --fee, --hourly with --hours, --fte-cost with --fte',
    );
  return components;
}

function describe(c: CostComponent): string {
  switch (c.kind) {
    case 'retainer':
      return `retainer ${c.perMonth}/month`;
    case 'per-item':
      return `${c.fee} per ${c.per}`;
    case 'hourly':
      return `${c.perHour}/hour × ${c.hoursPerMonth} h/month`;
    case 'fte':
      return `${c.fteShare} FTE × ${c.perFtePerMonth}/month`;
  }
}
