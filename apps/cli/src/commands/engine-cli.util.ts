// Shared by the engine's commands: accounts by handle, numbers from options, settings errors as CLI errors.
import { AccountRepository, type AccountEntity, type WorkspaceEntity } from '#persistence';
import { EngineSettingsError } from '#reporting';
import { CliError, type CliApp } from '../cli-context.js';

export async function accountByHandle(
  app: CliApp,
  workspace: WorkspaceEntity,
  handle: string,
): Promise<AccountEntity> {
  const account = await app.get(AccountRepository).findByHandle(workspace.id, handle);
  if (!account)
    throw new CliError(
      `No account "${handle}" in workspace "${workspace.slug}" (see: ledger accounts list -w ${workspace.slug})`,
    );
  return account;
}

/** A number >= 0 from an option, or undefined when the option was not given. */
export function amount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new CliError(`${option}: a number >= 0, got "${value}"`);
  return n;
}

/** Runs a settings change; a refused setting is printed as the CLI's error, naming the option. */
export async function settingsChange<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof EngineSettingsError) throw new CliError(error.message);
    throw error;
  }
}
