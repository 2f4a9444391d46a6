import type { Command } from 'commander';

/** Commands of the jobs feature; each command in its own file beside this one, registered here. */
export function registerJobsCommands(program: Command): void {
  void program;
}
