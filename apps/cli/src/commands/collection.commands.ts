import type { Command } from 'commander';

/** Commands of the collection feature; each command in its own file beside this one, registered here. */
export function registerCollectionCommands(program: Command): void {
  void program;
}
