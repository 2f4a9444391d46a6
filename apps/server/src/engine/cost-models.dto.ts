import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { CostComponent, CostModel } from '#domain';
import type { StoredCostModel } from '#persistence';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['retainer', 'per-item', 'hourly', 'fte'] as const;

/** One part of what a group costs; which amounts it needs depends on `kind`. */
export class CostComponentDto {
  @ApiProperty({
    enum: KINDS,
    description:
      'retainer: perMonth · per-item: fee and per · hourly: perHour and hoursPerMonth · fte: perFtePerMonth and fteShare',
  })
  @IsIn(KINDS, { message: `kind must be one of: ${KINDS.join(', ')}` })
  kind: CostComponent['kind'];

  @ApiPropertyOptional({ example: 4200, description: 'retainer: amount per month' })
  @IsOptional()
  @IsNumber()
  perMonth?: number;

  @ApiPropertyOptional({ example: 0.75, description: 'per-item: fee per item' })
  @IsOptional()
  @IsNumber()
  fee?: number;

  @ApiPropertyOptional({
    enum: ['outbound', 'response'],
    description: 'per-item: what the fee is charged for',
  })
  @IsOptional()
  @IsIn(['outbound', 'response'], { message: 'per must be outbound or response' })
  per?: 'outbound' | 'response';

  @ApiPropertyOptional({ example: 38, description: 'hourly: staff cost per hour' })
  @IsOptional()
  @IsNumber()
  perHour?: number;

  @ApiPropertyOptional({ example: 80, description: 'hourly: hours per month on the channels' })
  @IsOptional()
  @IsNumber()
  hoursPerMonth?: number;

  @ApiPropertyOptional({ example: 5000, description: 'fte: monthly cost of one full-time position' })
  @IsOptional()
  @IsNumber()
  perFtePerMonth?: number;

  @ApiPropertyOptional({ example: 1.5, description: 'fte: full-time positions' })
  @IsOptional()
  @IsNumber()
  fteShare?: number;
}

export class CostModelInputDto {
  @ApiProperty({ example: 'agency:BrightReply', description: 'in_house or agency:<name>' })
  @IsString()
  @MaxLength(200)
  group: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217; one currency per group' })
  @IsString()
  @MaxLength(3)
  currency: string;

  @ApiProperty({ example: '2026-01-01', description: 'First day the model applies to' })
  @Matches(DAY, { message: 'from must be a day, YYYY-MM-DD' })
  from: string;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    type: String,
    description: 'First day it no longer applies to; null or absent: open-ended',
  })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day, YYYY-MM-DD' })
  to?: string | null;

  @ApiProperty({ type: [CostComponentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CostComponentDto)
  components: CostComponentDto[];
}

export class CostModelDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'agency:BrightReply' }) group: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ nullable: true, type: String, example: null }) to: string | null;
  @ApiProperty({ type: [CostComponentDto] }) components: CostComponentDto[];
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export function toCostModelDto(model: StoredCostModel): CostModelDto {
  return {
    id: model.id,
    group: model.group,
    currency: model.currency,
    from: model.from,
    to: model.to,
    components: model.components,
    createdAt: model.createdAt,
    updatedAt: model.updatedAt,
  };
}

/** The input as the domain's CostModel; the amounts each kind needs are checked by the settings service. */
export function toCostModel(input: CostModelInputDto): CostModel {
  return {
    group: input.group,
    currency: input.currency,
    from: input.from,
    to: input.to ?? null,
    components: input.components.map((c) => {
      switch (c.kind) {
        case 'retainer':
          return { kind: c.kind, perMonth: c.perMonth as number };
        case 'per-item':
          return { kind: c.kind, fee: c.fee as number, per: c.per as 'outbound' | 'response' };
        case 'hourly':
          return { kind: c.kind, perHour: c.perHour as number, hoursPerMonth: c.hoursPerMonth as number };
        case 'fte':
          return { kind: c.kind, perFtePerMonth: c.perFtePerMonth as number, fteShare: c.fteShare as number };
      }
    }),
  };
}
