import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ComparisonQueryDto {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: 'First day, workspace time zone (default: all data)',
  })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-10-31', description: 'Last day, inclusive (default: all data)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day, YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ example: 'in_house', description: 'The baseline group (default in_house)' })
  @IsOptional()
  @MaxLength(200)
  baseline?: string;

  @ApiPropertyOptional({
    example: 'agency:BrightReply',
    description: 'Challengers, comma-separated (default: every agency of the period)',
  })
  @IsOptional()
  @MaxLength(2000)
  challengers?: string;
}

const OBJECT = { type: 'object', additionalProperties: true } as const;

/**
 * The comparison report (docs/metrics.md defines every number). Nested parts are described here and typed in
 * libs/reporting/src/comparison/comparison-report.types.ts.
 */
export class ComparisonReportDto {
  @ApiProperty({ format: 'uuid' }) workspaceId: string;

  @ApiProperty({ ...OBJECT, description: '{ from, to, timeZone }: [from, to) are local midnights' })
  period: object;

  @ApiProperty({ description: 'The latest item: undecided (72 h) and pending (SLA) are judged at it' })
  dataEnd: Date;

  @ApiProperty({ example: 'in_house' }) baseline: string;
  @ApiProperty({ type: [String], example: ['agency:BrightReply'] }) challengers: string[];

  @ApiProperty({
    ...OBJECT,
    description: 'Scorecard weights and thresholds, severity weights, level, minimum, resamples, seed',
  })
  settings: object;

  @ApiProperty({
    type: 'array',
    items: OBJECT,
    description: 'Accounts with their clocks (hours, holidays, SLA)',
  })
  accounts: object[];

  @ApiProperty({
    type: 'array',
    items: OBJECT,
    description:
      'Per challenger: overall and per account, the stratified and raw comparison of FRT (calendar, business), ' +
      'response rate and SLA with 95 % intervals, the engagement, risk and cost evidence, and the recommendation ' +
      'with its reasons and break-even',
  })
  comparisons: object[];

  @ApiProperty({ type: 'array', items: OBJECT, description: 'Before/after around handovers' })
  handovers: object[];

  @ApiProperty({
    ...OBJECT,
    description: 'Responsiveness depth (FRT, SLA, backlog) by group and account, per stratum',
  })
  responsiveness: object;

  @ApiProperty({ ...OBJECT, description: 'Engagement by group and account' }) engagement: object;
  @ApiProperty({ ...OBJECT, description: 'Volume against plan' }) volume: object;
  @ApiProperty({ ...OBJECT, description: 'Incident rates and time to contain' }) risk: object;
  @ApiProperty({
    ...OBJECT,
    description: 'Cost per group: totals, per response, per item, per 1,000 engagements',
  })
  cost: object;
  @ApiProperty({ ...OBJECT, description: 'House-style breaks and reply sentiment' }) tone: object;
}
