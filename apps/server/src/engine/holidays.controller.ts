import { Body, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiNoContentResponse } from '@nestjs/swagger';
import { EngineSettingsService } from '#reporting';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiDataResponse } from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { engineSettings } from './engine-errors.util.js';
import { ApiNullableDataResponse } from './engine-settings.openapi.js';
import { HolidayCalendarDto, toHolidayCalendar, toHolidayCalendarDto } from './holidays.dto.js';

@WorkspaceController('accounts/:accountId/holidays', 'engine settings')
export class AccountHolidaysController {
  constructor(private readonly settings: EngineSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'getHolidays',
    summary: "An account's holiday calendar: country, state and region, and its own closed and open days",
    permission: 'engine-settings.read',
  })
  @ApiNullableDataResponse(HolidayCalendarDto, 'null: no holidays close the account')
  async get(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
  ): Promise<{ data: HolidayCalendarDto | null }> {
    const calendar = await engineSettings(() => this.settings.getHolidays(access.workspace.id, accountId));
    return { data: calendar && toHolidayCalendarDto(calendar) };
  }

  @Put()
  @Endpoint({
    operationId: 'setHolidays',
    summary: "Set an account's holiday calendar (replaces it)",
    description:
      'Business hours (docs/metrics.md) pause on the holidays of the date-holidays calendar and on the closed ' +
      'days; open days override both.',
    permission: 'engine-settings.write',
  })
  @ApiDataResponse(HolidayCalendarDto)
  async set(
    @Access() access: WorkspaceAccess,
    @UuidParam('accountId') accountId: string,
    @Body() body: HolidayCalendarDto,
  ): Promise<{ data: HolidayCalendarDto }> {
    const calendar = toHolidayCalendar(body);
    await engineSettings(() =>
      this.settings.setHolidays(access.workspace.id, accountId, calendar, access.actor),
    );
    return { data: toHolidayCalendarDto(calendar) };
  }

  @Delete()
  @HttpCode(204)
  @Endpoint({
    operationId: 'removeHolidays',
    summary: "Remove an account's holiday calendar (no holidays close it)",
    permission: 'engine-settings.write',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(@Access() access: WorkspaceAccess, @UuidParam('accountId') accountId: string): Promise<void> {
    await engineSettings(() => this.settings.setHolidays(access.workspace.id, accountId, null, access.actor));
  }
}
