import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { DEFAULT_PLAN_KINDS, type CadencePlan } from '#domain';
import type { StoredCadencePlan } from '#persistence';

// Only the shape is checked here; what makes a plan valid (days, groups, seven counts) is checked by the
// engine settings service, so the API and `ledger plan set` refuse the same input with the same words.

export class CadencePlanInputDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'agency:BrightReply',
    description:
      'The group whose commitment it is (only its items fulfil it): in_house or agency:<name>; null or absent: anyone',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  group?: string | null;

  @ApiProperty({ example: '2026-10-01', description: 'First day, YYYY-MM-DD, local to the account' })
  @IsString()
  @MaxLength(40)
  from: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: null,
    description: 'First day the plan no longer applies to; null or absent: open-ended',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string | null;

  @ApiProperty({
    type: [Number],
    example: [0, 0, 1, 0, 0, 1, 0],
    description: 'Items to publish per weekday: seven whole numbers, Sunday first',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsNumber({}, { each: true, message: 'perWeekday must be seven whole numbers >= 0, Sunday first' })
  perWeekday: number[];

  @ApiPropertyOptional({
    type: [String],
    example: ['post'],
    description: `Outbound kinds that count (post, reply, comment, dm); absent: ${DEFAULT_PLAN_KINDS.join(', ')}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  kinds?: string[];
}

export class CadencePlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) accountId: string;
  @ApiProperty({ nullable: true, type: String, example: 'agency:BrightReply', description: 'null: anyone' })
  group: string | null;
  @ApiProperty({ example: '2026-10-01' }) from: string;
  @ApiProperty({ nullable: true, type: String, example: null }) to: string | null;
  @ApiProperty({ type: [Number], example: [0, 0, 1, 0, 0, 1, 0], description: 'Sunday first' })
  perWeekday: number[];
  @ApiProperty({ type: [String], example: ['post'], description: 'Outbound kinds that count' })
  kinds: string[];
}

export class CadencePlanSetDto extends CadencePlanDto {
  @ApiProperty({
    description: 'True when it replaced the plan of the same account and group from the same day',
  })
  replaced: boolean;
}

export function toCadencePlan(accountId: string, input: CadencePlanInputDto): CadencePlan {
  return {
    accountId,
    group: input.group ?? null,
    from: input.from,
    to: input.to ?? null,
    perWeekday: input.perWeekday,
    ...(input.kinds !== undefined ? { kinds: input.kinds } : {}),
  };
}

export function toCadencePlanDto(plan: StoredCadencePlan): CadencePlanDto {
  return {
    id: plan.id,
    accountId: plan.accountId,
    group: plan.group,
    from: plan.from,
    to: plan.to,
    perWeekday: [...plan.perWeekday],
    kinds: [...(plan.kinds ?? DEFAULT_PLAN_KINDS)],
  };
}
