import type { Command } from 'commander';
import { AttributionService } from '#collectors';
import { compileSignaturePattern, DEFAULT_SIGNATURE_PATTERN, isTimeZone, notATimeZone } from '#domain';
import { AccountRepository } from '#persistence';
import { EngineSettingsService } from '#reporting';
import { CliError, withApp } from '../cli-context.js';
import { holidayCalendarOption, HOLIDAYS_HELP } from './holidays-option.util.js';
import { settingsChange } from './engine-cli.util.js';

export function registerAccounts(program: Command): void {
  const accounts = program.command('accounts').description('The accounts of a workspace and their settings');
  accounts
    .command('list')
    .description('List accounts with time zone, SLA target and signature pattern')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        for (const a of await app.get(AccountRepository).listByWorkspace(workspace.id)) {
          console.log(
            `${a.platform.padEnd(9)} ${a.handle.padEnd(24)} ${a.timeZone.padEnd(18)} SLA ${a.slaTargetSeconds / 60} min  ` +
              `signature ${a.signaturePattern ?? '(default)'}`,
          );
        }
      });
    });
  accounts
    .command('set')
    .description(
      'Change an account: time zone, SLA target, signature pattern (then re-attributes its replies), holidays',
    )
    .argument('<handle>', 'account handle')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--time-zone <iana>', 'IANA time zone, e.g. Europe/Vienna')
    .option('--sla-minutes <n>', 'first-response target in business minutes')
    .option(
      '--signature-pattern <regex>',
      `JavaScript regex whose group 1 is the signature; "default" restores ${DEFAULT_SIGNATURE_PATTERN}`,
    )
    .option('--holidays <calendar>', HOLIDAYS_HELP)
    .addHelpText(
      'after',
      `\nExample (SpotifyCares signs "/AY"):\n  npx ledger accounts set SpotifyCares -w acme --signature-pattern '/([A-Z]{2})$'`,
    )
    .action(
      async (
        handle: string,
        opts: {
          workspace: string;
          timeZone?: string;
          slaMinutes?: string;
          signaturePattern?: string;
          holidays?: string;
        },
      ) => {
        const holidays = opts.holidays === undefined ? undefined : holidayCalendarOption(opts.holidays);
        const settings: { timeZone?: string; slaTargetSeconds?: number; signaturePattern?: string | null } =
          {};
        if (opts.timeZone !== undefined) {
          if (!isTimeZone(opts.timeZone)) throw new CliError(`--time-zone: ${notATimeZone(opts.timeZone)}`);
          settings.timeZone = opts.timeZone;
        }
        if (opts.slaMinutes !== undefined) {
          const minutes = Number(opts.slaMinutes);
          if (!Number.isInteger(minutes) || minutes <= 0)
            throw new CliError(`--sla-minutes: a positive whole number, got "${opts.slaMinutes}"`);
          settings.slaTargetSeconds = minutes * 60;
        }
        if (opts.signaturePattern !== undefined) {
          const pattern = opts.signaturePattern === 'default' ? null : opts.signaturePattern;
          try {
            compileSignaturePattern(pattern);
          } catch (error) {
            throw new CliError(`--signature-pattern: ${(error as Error).message}`);
          }
          settings.signaturePattern = pattern;
        }
        if (Object.keys(settings).length === 0 && holidays === undefined)
          throw new CliError(
            'Nothing to change: give --time-zone, --sla-minutes, --signature-pattern or --holidays',
          );
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const repo = app.get(AccountRepository);
          const account = await repo.findByHandle(workspace.id, handle);
          if (!account)
            throw new CliError(
              `No account "${handle}" in workspace "${workspace.slug}" (see: ledger accounts list -w ${workspace.slug})`,
            );
          if (holidays !== undefined) {
            await settingsChange(() =>
              app.get(EngineSettingsService).setHolidays(workspace.id, account.id, holidays),
            );
            console.log(`Holidays of ${account.handle}: ${opts.holidays}.`);
            // Holidays move no reply to another person: re-attribution is only for the other settings.
            if (Object.keys(settings).length === 0) return;
          }
          await repo.updateSettings(account.id, settings);
          const attribution = await app.get(AttributionService).attributeWorkspace(workspace.id);
          console.log(
            `Updated ${account.handle}: ${Object.keys(settings).join(', ')}. ${attribution.itemsChanged} outbound items re-attributed.`,
          );
          if (attribution.operatorsCreated.length > 0)
            console.log(`New operators awaiting a group: ${attribution.operatorsCreated.join(', ')}`);
        });
      },
    );
}
