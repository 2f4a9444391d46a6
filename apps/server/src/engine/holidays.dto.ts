import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  getSchemaPath,
  type ApiPropertyOptions,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ExtraOpenDay, HolidayCalendar, HolidayType } from '#domain';

// The shape only; whether date-holidays knows the country, state and region, and whether the dates are
// days, is checked by the engine settings service, as for `ledger accounts set --holidays`.

const HOLIDAY_TYPES = ['public', 'bank', 'optional', 'school', 'observance'];

/** A day opened with its own hours, local minutes since midnight (end exclusive). */
export class OpenDayHoursDto {
  @ApiProperty({ example: '2026-12-19', description: 'Local day, YYYY-MM-DD' }) date: string;
  @ApiProperty({ example: 600, minimum: 0, maximum: 1440 }) startMinute: number;
  @ApiProperty({ example: 960, minimum: 0, maximum: 1440 }) endMinute: number;
}

const OPEN_DAYS: ApiPropertyOptions = {
  type: 'array',
  items: { oneOf: [{ type: 'string', example: '2026-05-25' }, { $ref: getSchemaPath(OpenDayHoursDto) }] },
  example: ['2026-05-25', { date: '2026-12-19', startMinute: 600, endMinute: 960 }],
  description:
    'Days open although the calendar closes them: a bare date opens a holiday with the weekly hours, ' +
    '{ date, startMinute, endMinute } opens the day with its own hours whatever the weekly schedule says',
};

@ApiExtraModels(OpenDayHoursDto)
export class HolidayCalendarDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'AT',
    description:
      'Country, ISO 3166-1 (date-holidays); null or absent: no public holidays, only the days below',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  country?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '9',
    description: 'Subdivision code of date-holidays (9 is Vienna, BY Bavaria)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  state?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Region within the state (date-holidays)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  region?: string | null;

  @ApiPropertyOptional({
    type: [String],
    enum: HOLIDAY_TYPES,
    example: ['public', 'bank'],
    description: 'Holiday types that close the account (default: public)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  types?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['2026-12-24', '2026-12-31'],
    description: 'Extra closed days, local YYYY-MM-DD (company holidays, a bridge day)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  closedDays?: string[];

  @ApiPropertyOptional(OPEN_DAYS)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  openDays?: (string | OpenDayHoursDto)[];
}

export function toHolidayCalendar(input: HolidayCalendarDto): HolidayCalendar {
  return {
    ...(input.country != null ? { country: input.country } : {}),
    ...(input.state != null ? { state: input.state } : {}),
    ...(input.region != null ? { region: input.region } : {}),
    ...(input.types !== undefined ? { types: input.types as HolidayType[] } : {}),
    ...(input.closedDays !== undefined ? { closedDays: input.closedDays } : {}),
    ...(input.openDays !== undefined ? { openDays: input.openDays.map(openDay) } : {}),
  };
}

/** Only the fields a day has are kept; the service refuses what is not a day or an hour range. */
function openDay(day: unknown): string | ExtraOpenDay {
  if (typeof day === 'string') return day;
  if (day === null || typeof day !== 'object') return String(day);
  const { date, startMinute, endMinute } = day as ExtraOpenDay;
  return { date, startMinute, endMinute };
}

export function toHolidayCalendarDto(calendar: HolidayCalendar): HolidayCalendarDto {
  return {
    country: calendar.country ?? null,
    state: calendar.state ?? null,
    region: calendar.region ?? null,
    types: [...(calendar.types ?? ['public'])],
    closedDays: [...(calendar.closedDays ?? [])],
    openDays: [...(calendar.openDays ?? [])],
  };
}
