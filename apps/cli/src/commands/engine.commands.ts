import type { Command } from 'commander';
import { registerCosts } from './costs.command.js';
import { registerDemo } from './demo.command.js';
import { registerHouseStyle } from './house-style.command.js';
import { registerPlan } from './plan.command.js';
import { registerWeights } from './weights.command.js';

/** Commands of the engine feature; each command in its own file beside this one, registered here. */
export function registerEngineCommands(program: Command): void {
  registerDemo(program);
  registerCosts(program);
  registerPlan(program);
  registerHouseStyle(program);
  registerWeights(program);
}
