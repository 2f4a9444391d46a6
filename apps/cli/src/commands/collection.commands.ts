import type { Command } from 'commander';
import { registerAccountConnect } from './account-connect.command.js';
import { registerCollect } from './collect.command.js';
import { registerCollectionRuns } from './collection-runs.command.js';

/** Commands of the collection feature; each command in its own file beside this one, registered here. */
export function registerCollectionCommands(program: Command): void {
  registerCollect(program);
  registerCollectionRuns(program);
  registerAccountConnect(program);
}
