import type { Command } from 'commander';
import { DemoWorkspaceService } from '#collectors';
import { CliError, withApp } from '../cli-context.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Create the demo workspace "demo" (generated data, labelled as such) unless it exists')
    .option(
      '--now <instant>',
      'pretend it is this instant (ISO 8601): the demo holds the two months before it',
    )
    .addHelpText(
      'after',
      '\nThe same data `npm start` creates on a first start: three accounts (staff, agency, handed over mid-month),\n' +
        'their roster, holidays, cost models, a cadence plan and house styles.\n\n' +
        'Example:\n  npx ledger demo && npx ledger metrics -w demo --compare in_house,agency:BrightReply',
    )
    .action(async (opts: { now?: string }) => {
      const now = opts.now === undefined ? new Date() : new Date(opts.now);
      if (Number.isNaN(now.getTime())) throw new CliError(`--now: an ISO 8601 instant, got "${opts.now}"`);
      await withApp(async (app) => {
        const seeded = await app.get(DemoWorkspaceService).ensure(now);
        console.log(
          seeded.created
            ? `Created the demo workspace "${seeded.workspace.slug}" with the months ${seeded.firstMonth} and ${seeded.month} (DEMO DATA).`
            : `The demo workspace "${seeded.workspace.slug}" exists already; nothing changed.`,
        );
        console.log(
          `Try: npx ledger metrics -w ${seeded.workspace.slug} --compare in_house,agency:BrightReply`,
        );
        console.log(`     npx ledger report monthly -w ${seeded.workspace.slug} --month ${seeded.month}`);
      });
    });
}
