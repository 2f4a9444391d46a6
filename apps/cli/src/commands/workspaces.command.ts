import type { Command } from 'commander';
import { WorkspaceRepository } from '#persistence';
import { withApp } from '../cli-context.js';

export function registerWorkspaces(program: Command): void {
  program
    .command('workspaces')
    .description('List the workspaces of this database')
    .action(async () => {
      await withApp(async (app) => {
        const workspaces = await app.get(WorkspaceRepository).list();
        if (workspaces.length === 0)
          console.log('No workspaces yet: npx ledger import twcs FILE --workspace NAME');
        for (const w of workspaces)
          console.log(
            `${w.slug.padEnd(24)} ${w.name}${w.isDemo ? '  (demo data)' : ''}  [${w.timeZone}, ${w.locale}]`,
          );
      });
    });
}
