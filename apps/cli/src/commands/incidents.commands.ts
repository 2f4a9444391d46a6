import type { Command } from 'commander';

/** Commands of the incidents feature; each command in its own file beside this one, registered here. */
export function registerIncidentsCommands(program: Command): void {
  void program;
}
