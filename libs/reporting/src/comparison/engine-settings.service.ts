import { Injectable } from '@nestjs/common';
import type { CadencePlan, CostModel, HolidayCalendar, HouseStyle } from '#domain';
import {
  AccountHolidaysRepository,
  AccountRepository,
  AuditLogService,
  CadencePlanRepository,
  CostModelRepository,
  HouseStyleRepository,
  ScorecardSettingsRepository,
  type AuditRecord,
  type HouseStyleSettings,
  type ScorecardSettings,
  type StoredCadencePlan,
  type StoredCostModel,
} from '#persistence';
import { DataSource, type EntityManager } from 'typeorm';
import {
  checkCadencePlan,
  checkCostModel,
  checkHolidayCalendar,
  checkHouseStyle,
  checkScorecard,
  EngineSettingsError,
} from './engine-settings.validation.js';

/** What an audit entry of a settings change says, beyond the workspace and who made it. */
type SettingsEntry = Omit<AuditRecord, 'workspaceId' | 'actor'>;

/**
 * What a workspace configures for the comparison engine: cost models, cadence plans, house styles, the
 * scorecard and holiday calendars. The command line and the API change them through here, so both refuse
 * the same input with the same words (EngineSettingsError names the field), and every change is written to
 * the audit log in the same transaction: a weight changed is a reason a recommendation changed. `actor` is
 * who made the change (the API passes the user or key; the command line leaves the default actor).
 */
@Injectable()
export class EngineSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly accounts: AccountRepository,
    private readonly costModels: CostModelRepository,
    private readonly plans: CadencePlanRepository,
    private readonly houseStyles: HouseStyleRepository,
    private readonly scorecard: ScorecardSettingsRepository,
    private readonly holidays: AccountHolidaysRepository,
  ) {}

  listCostModels(workspaceId: string): Promise<StoredCostModel[]> {
    return this.costModels.list(workspaceId);
  }

  async getCostModel(workspaceId: string, id: string): Promise<StoredCostModel> {
    const model = await this.costModels.findById(workspaceId, id);
    if (!model) throw notFound('cost model', id);
    return model;
  }

  /** Adds a model; refused (conflict) when the group already has one starting that day. */
  async createCostModel(workspaceId: string, model: CostModel, actor?: string): Promise<StoredCostModel> {
    checkCostModel(model, await this.costModels.list(workspaceId));
    return this.change(workspaceId, actor, async (m) => {
      const created = await this.costModels.create(workspaceId, model, m);
      if (!created)
        throw new EngineSettingsError(
          'from',
          `${model.group} already has a cost model from ${model.from}: change that one instead`,
          'conflict',
        );
      return { result: created, entry: costModelEntry('cost_model.created', created, { after: model }) };
    });
  }

  /** Adds the model or replaces the group's model starting the same day (`ledger costs set`). */
  async setCostModel(
    workspaceId: string,
    model: CostModel,
    actor?: string,
  ): Promise<{ model: StoredCostModel; created: boolean }> {
    const all = await this.costModels.list(workspaceId);
    const before = all.find((m) => m.group === model.group && m.from === model.from);
    checkCostModel(
      model,
      all.filter((m) => m !== before),
    );
    return this.change(workspaceId, actor, async (m) => {
      const result = await this.costModels.upsert(workspaceId, model, m);
      const action = result.created ? 'cost_model.created' : 'cost_model.changed';
      const payload = { ...(before ? { before: plainCostModel(before) } : {}), after: model };
      return { result, entry: costModelEntry(action, result.model, payload) };
    });
  }

  async updateCostModel(
    workspaceId: string,
    id: string,
    model: CostModel,
    actor?: string,
  ): Promise<StoredCostModel> {
    const all = await this.costModels.list(workspaceId);
    const before = all.find((m) => m.id === id);
    if (!before) throw notFound('cost model', id);
    checkCostModel(
      model,
      all.filter((m) => m.id !== id),
    );
    return this.change(workspaceId, actor, async (m) => {
      const updated = await this.costModels.update(workspaceId, id, model, m);
      if (updated === null) throw notFound('cost model', id);
      if (updated === 'conflict')
        throw new EngineSettingsError(
          'from',
          `${model.group} already has a cost model from ${model.from}`,
          'conflict',
        );
      const payload = { before: plainCostModel(before), after: model };
      return { result: updated, entry: costModelEntry('cost_model.changed', updated, payload) };
    });
  }

  async deleteCostModel(workspaceId: string, id: string, actor?: string): Promise<void> {
    const before = await this.getCostModel(workspaceId, id);
    await this.change(workspaceId, actor, async (m) => {
      if (!(await this.costModels.delete(workspaceId, id, m))) throw notFound('cost model', id);
      const entry = costModelEntry('cost_model.deleted', before, { before: plainCostModel(before) });
      return { result: undefined, entry };
    });
  }

  /** The workspace's plans, or one account's. */
  async listPlans(workspaceId: string, accountId?: string): Promise<StoredCadencePlan[]> {
    if (accountId !== undefined) await this.account(workspaceId, accountId);
    const plans = await this.plans.list(workspaceId);
    return accountId === undefined ? plans : plans.filter((p) => p.accountId === accountId);
  }

  /** Stores a plan for an account, replacing the one of the same account and group from the same day. */
  async setPlan(
    workspaceId: string,
    plan: CadencePlan,
    actor?: string,
  ): Promise<{ id: string; replaced: boolean }> {
    await this.account(workspaceId, plan.accountId);
    checkCadencePlan(plan);
    return this.change(workspaceId, actor, async (m) => {
      const result = await this.plans.set(workspaceId, plan, m);
      const entry = {
        action: 'cadence_plan.set',
        entityType: 'cadence_plan',
        entityId: result.id,
        payload: { plan, replaced: result.replaced },
      };
      return { result, entry };
    });
  }

  async deletePlan(workspaceId: string, accountId: string, id: string, actor?: string): Promise<void> {
    const plan = (await this.listPlans(workspaceId, accountId)).find((p) => p.id === id);
    if (!plan) throw notFound('cadence plan', id);
    await this.change(workspaceId, actor, async (m) => {
      if (!(await this.plans.delete(workspaceId, accountId, id, m))) throw notFound('cadence plan', id);
      const entry = {
        action: 'cadence_plan.deleted',
        entityType: 'cadence_plan',
        entityId: id,
        payload: { plan },
      };
      return { result: undefined, entry };
    });
  }

  listHouseStyles(workspaceId: string): Promise<HouseStyle[]> {
    return this.houseStyles.listByWorkspace(workspaceId);
  }

  /** The account's house style; null when it has none (its items are not checked). */
  async getHouseStyle(workspaceId: string, accountId: string): Promise<HouseStyle | null> {
    await this.account(workspaceId, accountId);
    return (await this.listHouseStyles(workspaceId)).find((s) => s.accountId === accountId) ?? null;
  }

  async setHouseStyle(
    workspaceId: string,
    accountId: string,
    style: HouseStyleSettings,
    actor?: string,
  ): Promise<void> {
    const before = await this.getHouseStyle(workspaceId, accountId);
    checkHouseStyle(style);
    await this.change(workspaceId, actor, async (m) => {
      await this.houseStyles.set(workspaceId, accountId, style, m);
      const entry = {
        action: 'house_style.changed',
        entityType: 'house_style',
        entityId: accountId,
        payload: { before: before && houseStyleSettings(before), after: style },
      };
      return { result: undefined, entry };
    });
  }

  getScorecard(workspaceId: string): Promise<ScorecardSettings> {
    return this.scorecard.get(workspaceId);
  }

  /** Merges the change into the workspace's scorecard (what is not given stays as it was). */
  async updateScorecard(
    workspaceId: string,
    change: Partial<ScorecardSettings>,
    actor?: string,
  ): Promise<ScorecardSettings> {
    const before = await this.scorecard.get(workspaceId);
    checkScorecard(before, change);
    return this.change(workspaceId, actor, async (m) => {
      const after = await this.scorecard.update(workspaceId, change, m);
      return { result: after, entry: scorecardEntry('scorecard.changed', workspaceId, before, after) };
    });
  }

  /** Replaces the workspace's scorecard: what is not given takes the documented default. */
  async replaceScorecard(
    workspaceId: string,
    settings: Partial<ScorecardSettings>,
    actor?: string,
  ): Promise<ScorecardSettings> {
    const before = await this.scorecard.get(workspaceId);
    checkScorecard({ weights: {}, thresholds: {}, severityWeights: {} }, settings);
    return this.change(workspaceId, actor, async (m) => {
      await this.scorecard.reset(workspaceId, m);
      const after = await this.scorecard.update(workspaceId, settings, m);
      return { result: after, entry: scorecardEntry('scorecard.replaced', workspaceId, before, after) };
    });
  }

  async resetScorecard(workspaceId: string, actor?: string): Promise<void> {
    const before = await this.scorecard.get(workspaceId);
    const defaults: ScorecardSettings = { weights: {}, thresholds: {}, severityWeights: {} };
    await this.change(workspaceId, actor, async (m) => {
      await this.scorecard.reset(workspaceId, m);
      return { result: undefined, entry: scorecardEntry('scorecard.reset', workspaceId, before, defaults) };
    });
  }

  /** The account's holiday calendar; null when it has none. */
  async getHolidays(workspaceId: string, accountId: string): Promise<HolidayCalendar | null> {
    await this.account(workspaceId, accountId);
    return (await this.holidays.listByWorkspace(workspaceId)).get(accountId) ?? null;
  }

  /** Sets an account's holiday calendar; null removes it. */
  async setHolidays(
    workspaceId: string,
    accountId: string,
    calendar: HolidayCalendar | null,
    actor?: string,
  ): Promise<void> {
    const before = await this.getHolidays(workspaceId, accountId);
    if (calendar !== null) checkHolidayCalendar(calendar);
    await this.change(workspaceId, actor, async (m) => {
      await this.holidays.set(workspaceId, accountId, calendar, m);
      const entry = {
        action: calendar === null ? 'account_holidays.removed' : 'account_holidays.changed',
        entityType: 'account',
        entityId: accountId,
        payload: { before, after: calendar },
      };
      return { result: undefined, entry };
    });
  }

  /** Runs a write and records its audit entry in one transaction: both commit or neither does. */
  private change<T>(
    workspaceId: string,
    actor: string | undefined,
    write: (m: EntityManager) => Promise<{ result: T; entry: SettingsEntry }>,
  ): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const { result, entry } = await write(m);
      await this.audit.record({ workspaceId, ...(actor ? { actor } : {}), ...entry }, m);
      return result;
    });
  }

  private async account(workspaceId: string, accountId: string): Promise<void> {
    const found = (await this.accounts.listByWorkspace(workspaceId)).some((a) => a.id === accountId);
    if (!found)
      throw new EngineSettingsError('accountId', `No account ${accountId} in this workspace`, 'not_found');
  }
}

function notFound(what: string, id: string): EngineSettingsError {
  return new EngineSettingsError('id', `No ${what} ${id}`, 'not_found');
}

function costModelEntry(action: string, model: StoredCostModel, payload: object): SettingsEntry {
  return { action, entityType: 'cost_model', entityId: model.id, payload: { ...payload } };
}

function plainCostModel(model: StoredCostModel): CostModel {
  return {
    group: model.group,
    currency: model.currency,
    from: model.from,
    to: model.to,
    components: model.components,
  };
}

function houseStyleSettings(style: HouseStyle): HouseStyleSettings {
  const { accountId: _account, signaturePattern: _pattern, ...settings } = style;
  return settings;
}

function scorecardEntry(
  action: string,
  workspaceId: string,
  before: ScorecardSettings,
  after: ScorecardSettings,
): SettingsEntry {
  return { action, entityType: 'scorecard', entityId: workspaceId, payload: { before, after } };
}
