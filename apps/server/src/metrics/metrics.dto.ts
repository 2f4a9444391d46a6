import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { MetricsDimension } from '#domain';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ResponsivenessQueryDto {
  @ApiPropertyOptional({
    enum: ['account', 'operator', 'group'],
    default: 'account',
    description: 'One row per',
  })
  @IsOptional()
  @IsIn(['account', 'operator', 'group'], { message: 'by must be one of: account, operator, group' })
  by?: MetricsDimension;

  @ApiPropertyOptional({
    example: '2017-10-01',
    description: 'First day, in the workspace time zone (default: all data)',
  })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2017-10-31', description: 'Last day, inclusive (default: all data)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day, YYYY-MM-DD' })
  to?: string;
}

export class DurationSummaryDto {
  @ApiProperty() count: number;
  @ApiProperty({ nullable: true, type: Number, description: 'seconds' }) median: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'seconds' }) mean: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'seconds, nearest rank' }) p90: number | null;
  @ApiProperty({ nullable: true, type: Number }) fastest: number | null;
  @ApiProperty({ nullable: true, type: Number }) slowest: number | null;
}

export class ResponseRateDto {
  @ApiProperty() answeredWithin72h: number;
  @ApiProperty() decided: number;
  @ApiProperty() undecided: number;
  @ApiProperty({ nullable: true, type: Number }) rate: number | null;
}

export class ResponsivenessRowDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty({ nullable: true, type: String }) sourcingGroup: string | null;
  @ApiProperty() inbound: number;
  @ApiProperty() answered: number;
  @ApiProperty() outbound: number;
  @ApiProperty({ type: DurationSummaryDto }) frt: DurationSummaryDto;
  @ApiProperty({ type: ResponseRateDto }) responseRate: ResponseRateDto;
  @ApiProperty() negativeIntervals: number;
}

export class ResponsivenessDto {
  @ApiProperty() from: Date;
  @ApiProperty({ description: 'Exclusive end' }) to: Date;
  @ApiProperty({ enum: ['account', 'operator', 'group'] }) dimension: string;
  @ApiProperty({ type: [ResponsivenessRowDto] }) rows: ResponsivenessRowDto[];
  @ApiProperty({ type: ResponsivenessRowDto }) total: ResponsivenessRowDto;
}
