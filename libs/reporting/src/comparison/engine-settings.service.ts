import { Injectable } from '@nestjs/common';
import type { CadencePlan, CostModel, HolidayCalendar, HouseStyle } from '#domain';
import {
  AccountHolidaysRepository,
  AccountRepository,
  CadencePlanRepository,
  CostModelRepository,
  HouseStyleRepository,
  ScorecardSettingsRepository,
  type HouseStyleSettings,
  type ScorecardSettings,
  type StoredCadencePlan,
  type StoredCostModel,
} from '#persistence';
import {
  checkCadencePlan,
  checkCostModel,
  checkHolidayCalendar,
  checkHouseStyle,
  checkScorecard,
  EngineSettingsError,
} from './engine-settings.validation.js';

/**
 * What a workspace configures for the comparison engine: cost models, cadence plans, house styles, the
 * scorecard and holiday calendars. The command line and the API change them through here, so both refuse
 * the same input with the same words (EngineSettingsError names the field).
 */
@Injectable()
export class EngineSettingsService {
  constructor(
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
  async createCostModel(workspaceId: string, model: CostModel): Promise<StoredCostModel> {
    checkCostModel(model, await this.costModels.list(workspaceId));
    const created = await this.costModels.create(workspaceId, model);
    if (!created)
      throw new EngineSettingsError(
        'from',
        `${model.group} already has a cost model from ${model.from}: change that one instead`,
        'conflict',
      );
    return created;
  }

  /** Adds the model or replaces the group's model starting the same day (`ledger costs set`). */
  async setCostModel(
    workspaceId: string,
    model: CostModel,
  ): Promise<{ model: StoredCostModel; created: boolean }> {
    const others = (await this.costModels.list(workspaceId)).filter(
      (m) => !(m.group === model.group && m.from === model.from),
    );
    checkCostModel(model, others);
    return this.costModels.upsert(workspaceId, model);
  }

  async updateCostModel(workspaceId: string, id: string, model: CostModel): Promise<StoredCostModel> {
    const all = await this.costModels.list(workspaceId);
    if (!all.some((m) => m.id === id)) throw notFound('cost model', id);
    checkCostModel(
      model,
      all.filter((m) => m.id !== id),
    );
    const updated = await this.costModels.update(workspaceId, id, model);
    if (updated === null) throw notFound('cost model', id);
    if (updated === 'conflict')
      throw new EngineSettingsError(
        'from',
        `${model.group} already has a cost model from ${model.from}`,
        'conflict',
      );
    return updated;
  }

  async deleteCostModel(workspaceId: string, id: string): Promise<void> {
    if (!(await this.costModels.delete(workspaceId, id))) throw notFound('cost model', id);
  }

  listPlans(workspaceId: string): Promise<StoredCadencePlan[]> {
    return this.plans.list(workspaceId);
  }

  /** Stores a plan for an account, replacing the one of the same account and group from the same day. */
  async setPlan(workspaceId: string, plan: CadencePlan): Promise<{ id: string; replaced: boolean }> {
    await this.account(workspaceId, plan.accountId);
    return this.plans.set(workspaceId, checkCadencePlan(plan));
  }

  listHouseStyles(workspaceId: string): Promise<HouseStyle[]> {
    return this.houseStyles.listByWorkspace(workspaceId);
  }

  async setHouseStyle(workspaceId: string, accountId: string, style: HouseStyleSettings): Promise<void> {
    await this.account(workspaceId, accountId);
    await this.houseStyles.set(workspaceId, accountId, checkHouseStyle(style));
  }

  getScorecard(workspaceId: string): Promise<ScorecardSettings> {
    return this.scorecard.get(workspaceId);
  }

  /** Merges the change into the workspace's scorecard (what is not given stays as it was). */
  async updateScorecard(workspaceId: string, change: Partial<ScorecardSettings>): Promise<ScorecardSettings> {
    checkScorecard(await this.scorecard.get(workspaceId), change);
    return this.scorecard.update(workspaceId, change);
  }

  resetScorecard(workspaceId: string): Promise<void> {
    return this.scorecard.reset(workspaceId);
  }

  /** Sets an account's holiday calendar; null removes it. */
  async setHolidays(workspaceId: string, accountId: string, calendar: HolidayCalendar | null): Promise<void> {
    await this.account(workspaceId, accountId);
    await this.holidays.set(
      workspaceId,
      accountId,
      calendar === null ? null : checkHolidayCalendar(calendar),
    );
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
