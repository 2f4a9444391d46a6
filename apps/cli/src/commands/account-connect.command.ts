import fs from 'node:fs';
import type { Command } from 'commander';
import {
  AccountConnectionService,
  CONNECTORS,
  ConnectorRegistry,
  CREDENTIAL_FIELDS,
  CredentialKeyError,
} from '#collectors';
import { AccountRepository } from '#persistence';
import { CliError, withApp } from '../cli-context.js';

const EXTERNAL_ID_HELP =
  'the platform’s id of the account: X user id, Facebook Page id, Instagram user id, Mastodon account id, Bluesky DID';

/**
 * `ledger account connect | connections | rotate-credentials`: added to the existing `accounts` command
 * (also reachable as `account`), so that accounts keep one home on the command line.
 */
export function registerAccountConnect(program: Command): void {
  const accounts =
    program.commands.find((c) => c.name() === 'accounts') ??
    program.command('accounts').description('The accounts of a workspace');
  if (!accounts.aliases().includes('account')) accounts.alias('account');

  accounts
    .command('connect')
    .description('Create an account on a platform (if new) and store its credentials, encrypted')
    .argument('<platform>', 'x, facebook, instagram, mastodon or bluesky')
    .argument('<handle>', 'the account’s handle or name as people know it')
    .requiredOption('-w, --workspace <slug>', 'workspace (created if it does not exist)')
    .requiredOption('--id <external-id>', EXTERNAL_ID_HELP)
    .option('--secret-env <variable>', 'read the token / app password from this environment variable')
    .option('--secret-stdin', 'read the token / app password from standard input')
    .option('--instance <url>', 'Mastodon: the instance, e.g. https://mastodon.social')
    .option('--pds <url>', 'Bluesky: a self-hosted PDS for the login (default: LEDGER_BLUESKY_PDS_URL)')
    .option('--identifier <name>', 'Bluesky: the login name if it is not the handle')
    .addHelpText(
      'after',
      '\nSecrets are never taken as arguments (they would show in the process list and shell history).\n' +
        'They are sealed with AES-256-GCM under LEDGER_CREDENTIALS_KEY (base64 of 32 bytes: openssl rand -base64 32).\n' +
        'Without a secret only public streams are collected (Mastodon and Bluesky posts and profile).\n\n' +
        'Examples:\n' +
        '  X_TOKEN=… npx ledger account connect x AcmeSupport --id 783214 -w acme --secret-env X_TOKEN\n' +
        '  npx ledger account connect mastodon acme@mastodon.social --id 109876 --instance https://mastodon.social -w acme --secret-stdin < token.txt\n' +
        '  npx ledger account connect bluesky acme.bsky.social --id did:plc:… -w acme --secret-env BSKY_APP_PASSWORD',
    )
    .action(
      async (
        platform: string,
        handle: string,
        opts: {
          workspace: string;
          id: string;
          secretEnv?: string;
          secretStdin?: boolean;
          instance?: string;
          pds?: string;
          identifier?: string;
        },
      ) => {
        const secretValue = await readSecret(opts);
        const settings: Record<string, string> = {};
        if (opts.instance) settings.instanceUrl = url(opts.instance, '--instance');
        if (opts.pds) settings.pdsUrl = url(opts.pds, '--pds');
        if (platform === 'mastodon' && !settings.instanceUrl)
          throw new CliError('Mastodon accounts need --instance <url>');
        await withApp(async (app) => {
          const registry = app.get<ConnectorRegistry>(CONNECTORS as never);
          if (!registry.has(platform))
            throw new CliError(`Unknown platform "${platform}". Known: ${registry.platforms().join(', ')}`);
          const workspace = await app.workspace(opts.workspace, { create: true });
          const secret: Record<string, string> = {};
          if (secretValue) secret[CREDENTIAL_FIELDS[platform].secret[0]] = secretValue; // the one secret given fills the first field
          if (opts.identifier) secret.identifier = opts.identifier;
          try {
            const account = await app.get(AccountConnectionService).connect({
              workspaceId: workspace.id,
              platform,
              handle: handle.replace(/^@/, ''),
              externalId: opts.id,
              settings,
              secret,
            });
            const streams = registry.get(platform).capabilities.streams;
            const usable = streams
              .filter((s) => s.access === 'public' || Object.keys(secret).length > 0)
              .map((s) => s.name);
            console.log(
              `Connected ${platform}:${account.handle} (${account.externalId}) in workspace "${workspace.slug}"; ` +
                `${secretValue ? 'secret stored encrypted' : 'no secret stored'}. Streams: ${usable.join(', ') || 'none without a secret'}.`,
            );
          } catch (error) {
            if (error instanceof CredentialKeyError) throw new CliError(error.message);
            throw error;
          }
        });
      },
    );

  accounts
    .command('connections')
    .description('Which accounts have credentials, with the names of the stored fields (never their values)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const service = app.get(AccountConnectionService);
        for (const a of await app.get(AccountRepository).listByWorkspace(workspace.id)) {
          const c = await service.describe(a.id);
          console.log(
            `${`${a.platform}:${a.handle}`.padEnd(32)} ${c ? `secret ${c.secretFields.join(', ') || '(none)'}; key ${c.keyId}` : 'not connected'}` +
              `${
                c && Object.keys(c.settings).length
                  ? `; ${Object.entries(c.settings)
                      .map(([k, v]) => `${k}=${v}`)
                      .join(', ')}`
                  : ''
              }`,
          );
        }
      });
    });

  accounts
    .command('rotate-credentials')
    .description(
      'Re-seal every stored secret with LEDGER_CREDENTIALS_KEY (the old key as LEDGER_CREDENTIALS_PREVIOUS_KEY)',
    )
    .addHelpText(
      'after',
      '\nRotation: set the new key as LEDGER_CREDENTIALS_KEY and the old one as LEDGER_CREDENTIALS_PREVIOUS_KEY, run\n' +
        'this command, then drop the previous key. Until then both keys open the stored secrets.',
    )
    .action(async () => {
      await withApp(async (app) => {
        try {
          const result = await app.get(AccountConnectionService).rotate();
          console.log(
            `Re-sealed ${result.resealed}; already under the current key ${result.alreadyCurrent}; failed ${result.failed.length}.`,
          );
          for (const f of result.failed) console.log(`  account ${f.accountId}: ${f.reason}`);
          if (result.failed.length > 0) process.exitCode = 1;
        } catch (error) {
          if (error instanceof CredentialKeyError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}

async function readSecret(opts: { secretEnv?: string; secretStdin?: boolean }): Promise<string | null> {
  if (opts.secretEnv && opts.secretStdin) throw new CliError('Give --secret-env or --secret-stdin, not both');
  if (opts.secretEnv) {
    const value = process.env[opts.secretEnv]?.trim();
    if (!value)
      throw new CliError(`--secret-env: the environment variable ${opts.secretEnv} is empty or not set`);
    return value;
  }
  if (opts.secretStdin) {
    const value = fs.readFileSync(0, 'utf8').trim();
    if (!value) throw new CliError('--secret-stdin: standard input was empty');
    return value;
  }
  return null;
}

function url(value: string, option: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new CliError(`${option}: not a URL: "${value}"`);
  }
}
