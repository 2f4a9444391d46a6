import type { Command } from 'commander';
import { Option } from 'commander';
import {
  ApiKeyRepository,
  ApiKeyService,
  AuditLogService,
  generatePassword,
  hashPassword,
  MembershipRepository,
  MIN_PASSWORD_LENGTH,
  UserRepository,
} from '#persistence';
import { DataSource } from 'typeorm';
import { CliError, withApp } from '../cli-context.js';

// Kept in step with apps/server/src/auth/permissions.ts (ROLES): the CLI does not load the server.
const ROLES = ['admin', 'analyst', 'viewer', 'auditor'];
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** `ledger users …` and `ledger api-keys …`: who may log in to the pages, and keys for scripts. */
export function registerUsers(program: Command): void {
  const users = program
    .command('users')
    .description('People who log in to the pages, and their roles per workspace');
  users
    .command('add')
    .description(
      'Add a user to a workspace with a role (creates the user, or adds a workspace to an existing one)',
    )
    .argument('<email>', 'e-mail address (the login name)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .addOption(new Option('--role <role>', 'role in the workspace').choices(ROLES).makeOptionMandatory())
    .option(
      '--password-stdin',
      `read the password from standard input (at least ${MIN_PASSWORD_LENGTH} characters)`,
    )
    .option('--reset-password', 'give an existing user a new generated password')
    .addHelpText(
      'after',
      '\nA new user gets a generated password, printed once, unless --password-stdin gives one.\n' +
        'Roles: admin, analyst (consultant), viewer (executive), auditor. See docs/api.md for what each may do.\n\n' +
        'Example:\n  npx ledger users add ana@example.com --workspace acme --role analyst',
    )
    .action(
      async (
        email: string,
        opts: { workspace: string; role: string; passwordStdin?: boolean; resetPassword?: boolean },
      ) => {
        if (!EMAIL.test(email)) throw new CliError(`"${email}" is not an e-mail address`);
        const given = opts.passwordStdin ? (await readStdin()).replace(/\r?\n$/, '') : null;
        if (given !== null && given.length < MIN_PASSWORD_LENGTH)
          throw new CliError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const userRepo = app.get(UserRepository);
          let user = await userRepo.findByEmail(email);
          let password: string | null = null;
          const userCreated = !user;
          if (!user) {
            password = given ?? generatePassword();
            user = await userRepo.create(email, await hashPassword(password));
            if (!user) throw new CliError(`Could not create ${email}`);
            console.log(`Created user ${user.email}`);
          } else if (given !== null || opts.resetPassword) {
            password = given ?? generatePassword();
            await userRepo.setPasswordHash(user.id, await hashPassword(password));
            console.log(`New password set for ${user.email}`);
          }
          const memberships = app.get(MembershipRepository);
          const before = await memberships.findMember(workspace.id, user.id);
          const member = { id: user.id, email: user.email };
          // The grant and its audit entry commit together, as through the API (member.added, member.role_changed).
          await app.get(DataSource).transaction(async (m) => {
            await memberships.grant(member.id, workspace.id, opts.role, m);
            if (before?.role === opts.role) return;
            await app.get(AuditLogService).record(
              {
                workspaceId: workspace.id,
                action: before ? 'member.role_changed' : 'member.added',
                entityType: 'membership',
                entityId: member.id,
                payload: before
                  ? { email: member.email, from: before.role, to: opts.role }
                  : { email: member.email, role: opts.role, userCreated },
              },
              m,
            );
          });
          console.log(`${user.email} is ${opts.role} in "${workspace.slug}"`);
          if (password !== null && given === null) console.log(`Password (shown once): ${password}`);
        });
      },
    );
  users
    .command('list')
    .description('People with access to a workspace')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        for (const m of await app.get(MembershipRepository).listMembers(workspace.id))
          console.log(`${m.email.padEnd(32)} ${m.role}`);
      });
    });

  const keys = program
    .command('api-keys')
    .description('API keys of a workspace for scripts (Authorization: Bearer …)');
  keys
    .command('create')
    .description('Create an API key; the key is printed once and stored only as a hash')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .option('--name <name>', 'what the key is for', 'created on the command line')
    .action(async (opts: { workspace: string; role: string; name: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const { saved, key } = await app
          .get(ApiKeyService)
          .create({ workspaceId: workspace.id, name: opts.name, role: opts.role });
        console.log(`API key ${saved.id} (${opts.role} in "${workspace.slug}", "${opts.name}")`);
        console.log(`Key (shown once): ${key}`);
      });
    });
  keys
    .command('list')
    .description('API keys of a workspace (never the keys themselves)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        for (const k of await app.get(ApiKeyRepository).listByWorkspace(workspace.id))
          console.log(
            `${k.id}  ${k.prefix}…  ${k.role.padEnd(8)} ${k.revokedAt ? 'revoked ' + k.revokedAt.toISOString() : 'active'}  ${k.name}`,
          );
      });
    });
  keys
    .command('revoke')
    .description('Revoke an API key')
    .argument('<id>', 'key id (from api-keys list)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (id: string, opts: { workspace: string }) => {
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new CliError(`"${id}" is not a key id (see: ledger api-keys list)`);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const outcome = await app.get(ApiKeyService).revoke(workspace.id, id);
        if (outcome === 'not_found') throw new CliError(`No API key ${id} in "${workspace.slug}"`);
        console.log(outcome === 'revoked' ? `Revoked ${id}` : `${id} was already revoked`);
      });
    });
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}
