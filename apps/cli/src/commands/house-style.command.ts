import { Option, type Command } from 'commander';
import type { EmojiPolicy, FormOfAddress } from '#domain';
import type { HouseStyleSettings } from '#persistence';
import { EngineSettingsService } from '#reporting';
import { AccountRepository } from '#persistence';
import { CliError, withApp } from '../cli-context.js';
import { accountByHandle, settingsChange } from './engine-cli.util.js';

interface HouseStyleOptions {
  workspace: string;
  language?: string;
  address?: 'du' | 'Sie' | 'none';
  signature?: 'required' | 'optional';
  emoji?: EmojiPolicy;
  maxEmoji?: string;
  maxLength?: string;
}

const NO_STYLE: HouseStyleSettings = {
  language: null,
  formOfAddress: null,
  signatureRequired: false,
  emojiPolicy: 'allowed',
  maxReplyLength: null,
};

export function registerHouseStyle(program: Command): void {
  const style = program
    .command('house-style')
    .description('How an account is meant to sound: form of address, signature, emoji, reply length');
  style
    .command('set')
    .description("Change an account's house style (options not given stay as they were)")
    .argument('<handle>', 'account handle')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--language <code>', 'the account\'s language, ISO 639-1 (de, en) or "none"')
    .addOption(new Option('--address <form>', 'German form of address').choices(['du', 'Sie', 'none']))
    .addOption(
      new Option('--signature <rule>', 'replies must end in a signature').choices(['required', 'optional']),
    )
    .addOption(
      new Option('--emoji <policy>', 'emoji in outbound items').choices(['allowed', 'forbidden', 'limited']),
    )
    .option('--max-emoji <n>', 'with --emoji limited: at most this many per item (default 1)')
    .option('--max-length <n>', 'longest reply in characters, or "none"')
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger house-style set NordbahnHilfe -w demo --language de --address du --signature required --emoji forbidden',
    )
    .action(async (handle: string, opts: HouseStyleOptions) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const account = await accountByHandle(app, workspace, handle);
        const service = app.get(EngineSettingsService);
        const current = (await service.listHouseStyles(workspace.id)).find((s) => s.accountId === account.id);
        const base: HouseStyleSettings = current
          ? {
              language: current.language,
              formOfAddress: current.formOfAddress,
              signatureRequired: current.signatureRequired,
              emojiPolicy: current.emojiPolicy,
              ...(current.maxEmoji === undefined ? {} : { maxEmoji: current.maxEmoji }),
              maxReplyLength: current.maxReplyLength,
            }
          : NO_STYLE;
        const next = { ...base, ...changes(opts) };
        await settingsChange(() => service.setHouseStyle(workspace.id, account.id, next));
        console.log(`House style of ${account.handle}: ${describe(next)}.`);
      });
    });
  style
    .command('list')
    .description('The house styles of the workspace')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const handles = new Map(
          (await app.get(AccountRepository).listByWorkspace(workspace.id)).map((a) => [a.id, a.handle]),
        );
        const styles = await app.get(EngineSettingsService).listHouseStyles(workspace.id);
        if (styles.length === 0) return console.log('No house styles yet: every item is "unchecked".');
        for (const s of styles)
          console.log(`${(handles.get(s.accountId) ?? s.accountId).padEnd(20)} ${describe(s)}`);
      });
    });
}

function changes(opts: HouseStyleOptions): Partial<HouseStyleSettings> {
  const change: Partial<HouseStyleSettings> = {};
  if (opts.language !== undefined) change.language = opts.language === 'none' ? null : opts.language;
  if (opts.address !== undefined)
    change.formOfAddress = opts.address === 'none' ? null : (opts.address as FormOfAddress);
  if (opts.signature !== undefined) change.signatureRequired = opts.signature === 'required';
  if (opts.emoji !== undefined) change.emojiPolicy = opts.emoji;
  if (opts.maxEmoji !== undefined) change.maxEmoji = whole(opts.maxEmoji, '--max-emoji');
  if (opts.maxLength !== undefined)
    change.maxReplyLength = opts.maxLength === 'none' ? null : whole(opts.maxLength, '--max-length');
  if (Object.keys(change).length === 0)
    throw new CliError(
      'Nothing to change: give --language, --address, --signature, --emoji, --max-emoji or --max-length',
    );
  return change;
}

function whole(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`${option}: a whole number, got "${value}"`);
  return n;
}

function describe(s: HouseStyleSettings): string {
  return [
    `language ${s.language ?? '–'}`,
    `address ${s.formOfAddress ?? 'any'}`,
    `signature ${s.signatureRequired ? 'required' : 'optional'}`,
    `emoji ${s.emojiPolicy}${s.emojiPolicy === 'limited' ? ` (≤ ${s.maxEmoji ?? 1})` : ''}`,
    `replies ${s.maxReplyLength === null ? 'any length' : `≤ ${s.maxReplyLength} characters`}`,
  ].join(', ');
}
