import type { Command } from 'commander';
import {
  DEFAULT_RECOMMENDATION_THRESHOLDS,
  DEFAULT_SCORECARD_WEIGHTS,
  resolveSeverityWeights,
  SCORECARD_DIMENSIONS,
  type ScorecardWeights,
  type SeverityWeights,
} from '#domain';
import type { ScorecardSettings } from '#persistence';
import { EngineSettingsService } from '#reporting';
import { CliError, withApp } from '../cli-context.js';
import { amount, settingsChange } from './engine-cli.util.js';

interface WeightsOptions {
  workspace: string;
  responsiveness?: string;
  engagement?: string;
  risk?: string;
  cost?: string;
  decision?: string;
  evidenceShare?: string;
  severity?: string;
}

export function registerWeights(program: Command): void {
  const weights = program
    .command('weights')
    .description('The recommendation scorecard: dimension weights, decision thresholds, severity weights');
  weights
    .command('set')
    .description("Change the workspace's scorecard (what is not given stays as it was)")
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option(
      '--responsiveness <w>',
      `weight of responsiveness (default ${DEFAULT_SCORECARD_WEIGHTS.responsiveness})`,
    )
    .option('--engagement <w>', `weight of engagement (default ${DEFAULT_SCORECARD_WEIGHTS.engagement})`)
    .option('--risk <w>', `weight of risk (default ${DEFAULT_SCORECARD_WEIGHTS.risk})`)
    .option('--cost <w>', `weight of cost (default ${DEFAULT_SCORECARD_WEIGHTS.cost})`)
    .option(
      '--decision <score>',
      `the score that decides, ± (default ${DEFAULT_RECOMMENDATION_THRESHOLDS.decision})`,
    )
    .option(
      '--evidence-share <share>',
      `share of the weight that must rest on evidence (default ${DEFAULT_RECOMMENDATION_THRESHOLDS.evidenceShare})`,
    )
    .option('--severity <weights>', 'incident severity weights, e.g. low=1,medium=3,high=10,critical=30')
    .addHelpText(
      'after',
      '\nWeights are normalised to sum to 1.\nExample:\n  npx ledger weights set -w acme --cost 0.4 --engagement 0.05',
    )
    .action(async (opts: WeightsOptions) => {
      const change = scorecardChange(opts);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const settings = await settingsChange(() =>
          app.get(EngineSettingsService).updateScorecard(workspace.id, change),
        );
        console.log(describe(settings));
      });
    });
  weights
    .command('show')
    .description("The scorecard the workspace's recommendations use")
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        console.log(describe(await app.get(EngineSettingsService).getScorecard(workspace.id)));
      });
    });
  weights
    .command('reset')
    .description('Back to the documented defaults')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        await app.get(EngineSettingsService).resetScorecard(workspace.id);
        console.log(describe({ weights: {}, thresholds: {}, severityWeights: {} }));
      });
    });
}

function scorecardChange(opts: WeightsOptions): Partial<ScorecardSettings> {
  const weights: Partial<ScorecardWeights> = {};
  for (const dimension of SCORECARD_DIMENSIONS) {
    const value = amount(opts[dimension], `--${dimension}`);
    if (value !== undefined) weights[dimension] = value;
  }
  const thresholds: ScorecardSettings['thresholds'] = {};
  const decision = amount(opts.decision, '--decision');
  if (decision !== undefined) thresholds.decision = decision;
  const evidenceShare = amount(opts.evidenceShare, '--evidence-share');
  if (evidenceShare !== undefined) thresholds.evidenceShare = evidenceShare;
  const severityWeights: Partial<SeverityWeights> = {};
  for (const pair of opts.severity?.split(',') ?? []) {
    const [severity, value] = pair.split('=').map((s) => s.trim());
    if (!['low', 'medium', 'high', 'critical'].includes(severity) || value === undefined)
      throw new CliError(`--severity: severity=weight pairs (low, medium, high, critical), got "${pair}"`);
    (severityWeights as Record<string, number>)[severity] = amount(value, `--severity ${severity}`)!;
  }
  const change = { weights, thresholds, severityWeights };
  if (Object.values(change).every((part) => Object.keys(part).length === 0))
    throw new CliError('Nothing to change: give a weight, --decision, --evidence-share or --severity');
  return change;
}

function describe(settings: ScorecardSettings): string {
  const weights = { ...DEFAULT_SCORECARD_WEIGHTS, ...settings.weights };
  const total = SCORECARD_DIMENSIONS.reduce((sum, d) => sum + weights[d], 0);
  const thresholds = { ...DEFAULT_RECOMMENDATION_THRESHOLDS, ...settings.thresholds };
  const severity = resolveSeverityWeights(settings.severityWeights);
  return [
    `Weights (normalised): ${SCORECARD_DIMENSIONS.map((d) => `${d} ${(weights[d] / total).toFixed(2)}`).join(', ')}`,
    `Decides at a score of ±${thresholds.decision}, with at least ${Math.round(thresholds.evidenceShare * 100)} % of the weight on evidence`,
    `Incident severity weights: ${Object.entries(severity)
      .map(([s, w]) => `${s} ${w}`)
      .join(', ')}`,
  ].join('\n');
}
