import type { Command } from 'commander';
import {
  AccountSettingsError,
  AccountSettingsService,
  checkedSettings,
  type AccountSettingsChange,
} from '#collectors';
import { DEFAULT_SIGNATURE_PATTERN } from '#domain';
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
        const change: AccountSettingsChange = {};
        if (opts.timeZone !== undefined) change.timeZone = opts.timeZone;
        if (opts.slaMinutes !== undefined) change.slaMinutes = Number(opts.slaMinutes);
        if (opts.signaturePattern !== undefined)
          change.signaturePattern = opts.signaturePattern === 'default' ? null : opts.signaturePattern;
        if (Object.keys(change).length === 0 && holidays === undefined)
          throw new CliError(
            'Nothing to change: give --time-zone, --sla-minutes, --signature-pattern or --holidays',
          );
        // Checked before anything is stored, so that a bad pattern does not leave the holidays half-applied.
        if (Object.keys(change).length > 0) checkedOrCliError(change, opts);
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
            if (Object.keys(change).length === 0) return;
          }
          // The same service as the API's PATCH: the change and its account.updated entry commit together.
          const result = await app.get(AccountSettingsService).update(workspace.id, account, change);
          console.log(
            `Updated ${account.handle}: ${Object.keys(result.changes).join(', ')}. ${result.itemsReattributed} outbound items re-attributed.`,
          );
          if (result.operatorsCreated.length > 0)
            console.log(`New operators awaiting a group: ${result.operatorsCreated.join(', ')}`);
        });
      },
    );
}

/** The API's field names as this command's options, for errors that name what the person typed. */
const OPTION_OF: Record<string, string> = {
  timeZone: '--time-zone',
  slaMinutes: '--sla-minutes',
  signaturePattern: '--signature-pattern',
};

function checkedOrCliError(change: AccountSettingsChange, opts: { slaMinutes?: string }): void {
  try {
    checkedSettings(change);
  } catch (error) {
    if (!(error instanceof AccountSettingsError)) throw error;
    if (error.field === 'slaMinutes')
      throw new CliError(`--sla-minutes: a positive whole number, got "${opts.slaMinutes}"`);
    throw new CliError(`${OPTION_OF[error.field] ?? error.field}: ${error.reason}`);
  }
}
