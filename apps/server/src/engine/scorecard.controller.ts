import { Body, Get, Patch, Put } from '@nestjs/common';
import { EngineSettingsService } from '#reporting';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse } from '../http/pagination.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { engineSettings } from './engine-errors.util.js';
import { ScorecardDto, ScorecardInputDto, toScorecardDto, toScorecardSettings } from './scorecard.dto.js';

const SCORECARD_DESCRIPTION =
  'The recommendation (keep in-house, outsource, inconclusive) weighs responsiveness, engagement, risk and ' +
  'cost by these weights; the comparison and the monthly report use them from the next request on.';

@WorkspaceController('scorecard', 'engine settings')
export class ScorecardController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'getScorecard',
    summary: 'The scorecard in force: weights, decision thresholds, severity weights, and the defaults',
    description: SCORECARD_DESCRIPTION,
    permission: 'engine-settings.read',
  })
  @ApiDataResponse(ScorecardDto)
  async get(@Access() access: WorkspaceAccess): Promise<{ data: ScorecardDto }> {
    return { data: toScorecardDto(await this.settings.getScorecard(access.workspace.id)) };
  }

  @Patch()
  @Endpoint({
    operationId: 'updateScorecard',
    summary: 'Change part of the scorecard (what is not given stays as it was)',
    description: SCORECARD_DESCRIPTION,
    permission: 'engine-settings.write',
  })
  @ApiDataResponse(ScorecardDto)
  async update(
    @Access() access: WorkspaceAccess,
    @Body() body: ScorecardInputDto,
  ): Promise<{ data: ScorecardDto }> {
    const stored = await engineSettings(() =>
      this.settings.updateScorecard(access.workspace.id, toScorecardSettings(body), access.actor),
    );
    return { data: toScorecardDto(stored) };
  }

  @Put()
  @Endpoint({
    operationId: 'replaceScorecard',
    summary: 'Replace the scorecard (what is not given takes the default; {} restores all defaults)',
    description: SCORECARD_DESCRIPTION,
    permission: 'engine-settings.write',
  })
  @ApiDataResponse(ScorecardDto)
  async replace(
    @Access() access: WorkspaceAccess,
    @Body() body: ScorecardInputDto,
  ): Promise<{ data: ScorecardDto }> {
    const stored = await engineSettings(() =>
      this.settings.replaceScorecard(access.workspace.id, toScorecardSettings(body), access.actor),
    );
    return { data: toScorecardDto(stored) };
  }
}
