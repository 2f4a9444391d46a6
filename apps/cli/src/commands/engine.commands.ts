import type { Command } from 'commander';

/** Commands of the engine feature; each command in its own file beside this one, registered here. */
export function registerEngineCommands(program: Command): void {
  void program;
}
