import { Argument, Command, Option } from 'commander';
import { IncidentSettingsService, loadShippedWordLists } from '#collectors';
import { parseRuleSetting } from '#domain';
import { AccountRepository, IncidentSettingsRepository } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { cliActor, table } from './incidents-cli.util.js';

export function registerIncidentsSettings(incidents: Command): void {
  incidents
    .command('settings')
    .description("Show the workspace's rule thresholds, or change them with --set")
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--set <rule.field=value...>', 'change a threshold, e.g. deletedQuickly.withinMinutes=10')
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger incidents settings -w acme --set slaBreachStreak.breaches=3 --set content.lists=profanity,brand',
    )
    .action(async (opts: { workspace: string; set?: string[] }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const service = app.get(IncidentSettingsService);
        if (opts.set?.length) {
          let changes;
          try {
            changes = opts.set.map(parseRuleSetting);
          } catch (error) {
            throw new CliError(`--set: ${(error as Error).message}`);
          }
          await service.change(workspace.id, changes, cliActor());
        }
        const { settings, overrides } = await service.current(workspace.id);
        const rows: string[][] = [];
        for (const [rule, fields] of Object.entries(settings)) {
          for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
            const changed =
              (overrides as Record<string, Record<string, unknown> | undefined>)[rule]?.[field] !== undefined;
            rows.push([
              `${rule}.${field}`,
              Array.isArray(value) ? value.join(',') : String(value),
              changed ? 'workspace' : 'default',
            ]);
          }
        }
        console.log(table(['setting', 'value', 'from'], rows));
      });
    });

  const words = incidents.command('words').description('Word lists of the content and engagement rules');
  words
    .command('list')
    .description('The shipped lists and the workspace’s own words and patterns')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--list <name>', 'only this list')
    .action(async (opts: { workspace: string; list?: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const own = await app.get(IncidentSettingsRepository).words(workspace.id);
        const rows = [
          ...loadShippedWordLists().map((w) => [w.list, w.kind, w.source, w.term]),
          ...own.map((w) => [w.list, w.kind, 'workspace', w.term]),
        ].filter((r) => !opts.list || r[0] === opts.list);
        console.log(table(['list', 'kind', 'source', 'term'], rows));
      });
    });
  for (const verb of ['add', 'remove'] as const) {
    words
      .command(verb)
      .description(
        verb === 'add' ? 'Add a word or pattern to a list' : 'Remove a word or pattern the workspace added',
      )
      .argument(
        '<term>',
        'a word (`*` at either end for more letters) or, with --pattern, a regular expression',
      )
      .requiredOption('-w, --workspace <slug>', 'workspace')
      .requiredOption('--list <name>', 'profanity, negative, or a list of your own')
      .option('--pattern', 'the term is a regular expression')
      .action(async (term: string, opts: { workspace: string; list: string; pattern?: boolean }) => {
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const service = app.get(IncidentSettingsService);
          const word = {
            list: opts.list,
            kind: opts.pattern ? ('pattern' as const) : ('word' as const),
            term,
          };
          let changed: boolean;
          try {
            changed =
              verb === 'add'
                ? await service.addWord(workspace.id, word, cliActor())
                : await service.removeWord(workspace.id, word, cliActor());
          } catch (error) {
            throw new CliError((error as Error).message);
          }
          console.log(
            `${changed ? (verb === 'add' ? 'Added to' : 'Removed from') : verb === 'add' ? 'Already on' : 'Not on'} list ${opts.list}: ${term}`,
          );
        });
      });
  }

  const apps = incidents
    .command('apps')
    .description(
      'Publishing applications allowed per account (a post from any other is a wrong-account suspicion)',
    );
  apps
    .command('list')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const accounts = await app.get(AccountRepository).listByWorkspace(workspace.id);
        const allowed = await app.get(IncidentSettingsRepository).allowedApplications(workspace.id);
        console.log(
          table(
            ['account', 'allowed applications'],
            accounts.map((a) => [a.handle, allowed.get(a.id)?.join(', ') ?? '(any: not checked)']),
          ),
        );
      });
    });
  for (const verb of ['allow', 'disallow'] as const) {
    apps
      .command(verb)
      .addArgument(new Argument('<application>', 'as the platform names it, e.g. "Sprout Social"'))
      .requiredOption('-w, --workspace <slug>', 'workspace')
      .addOption(new Option('--account <handle>', 'the account').makeOptionMandatory())
      .action(async (application: string, opts: { workspace: string; account: string }) => {
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const account = await app
            .get(AccountRepository)
            .findByHandle(workspace.id, opts.account.replace(/^@/, ''));
          if (!account) throw new CliError(`No account "${opts.account}" in "${workspace.slug}"`);
          const service = app.get(IncidentSettingsService);
          const changed =
            verb === 'allow'
              ? await service.allowApplication(workspace.id, account, application, cliActor())
              : await service.disallowApplication(workspace.id, account, application, cliActor());
          console.log(
            `${account.handle}: ${application} ${verb === 'allow' ? 'allowed' : 'no longer allowed'}${changed ? '' : ' (no change)'}`,
          );
        });
      });
  }
}
