import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { WeeklyWindowDto } from '../accounts/accounts.dto.js';
import { PageQueryDto } from '../http/pagination.js';

/** `in_house` or `agency:<name>` (METRICS.md, Vocabulary). */
export const SOURCING_GROUP_PATTERN = /^(in_house|agency:[^\s:][^:]{0,79})$/;

export class OperatorSignatureDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: 'RR' })
  signature: string;
}

export class OperatorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Rachel Rivers' })
  name: string;

  @ApiProperty({
    nullable: true,
    example: 'agency:Northwind',
    description: 'null: seen but not yet placed in a group',
  })
  sourcingGroup: string | null;

  @ApiProperty({ type: [OperatorSignatureDto] })
  signatures: OperatorSignatureDto[];
}

export class UpdateOperatorDto {
  @ApiProperty({ example: 'in_house', description: 'in_house or agency:<name>' })
  @Matches(SOURCING_GROUP_PATTERN, { message: 'sourcingGroup must be in_house or agency:<name>' })
  sourcingGroup: string;

  @ApiPropertyOptional({
    example: '2026-12-01T00:00:00+01:00',
    description:
      'When the move takes effect; absent: now. Items before it keep the earlier group. An operator placed ' +
      'in a group for the first time is in it for their whole past.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'validFrom must be a date-time (ISO 8601)' })
  validFrom?: Date;
}

export class SourcingGroupDto {
  @ApiProperty({ example: 'agency:Northwind', description: 'in_house, agency:<name>, or unassigned' })
  group: string;

  @ApiProperty()
  operators: number;

  @ApiProperty({ type: [String], description: 'Handles of the accounts its operators are assigned to' })
  accounts: string[];
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty()
  accountHandle: string;

  @ApiProperty({ format: 'uuid' })
  operatorId: string;

  @ApiProperty()
  operatorName: string;

  @ApiProperty({ nullable: true })
  sourcingGroup: string | null;

  @ApiProperty()
  validFrom: Date;

  @ApiProperty({ nullable: true, description: 'Exclusive end; null while the assignment runs' })
  validTo: Date | null;

  @ApiProperty({
    type: [WeeklyWindowDto],
    nullable: true,
    description: 'Weekly shifts; null = on duty throughout',
  })
  shifts: WeeklyWindowDto[] | null;
}

export class AssignmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this account' })
  @IsOptional()
  @IsUUID()
  accountId?: string;
}

export class CreateAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  accountId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  operatorId: string;

  @ApiProperty({ example: '2026-10-01T00:00:00+02:00' })
  @Type(() => Date)
  @IsDate({ message: 'validFrom must be a date-time (ISO 8601)' })
  validFrom: Date;

  @ApiPropertyOptional({ nullable: true, example: '2027-01-01T00:00:00+01:00', description: 'Exclusive end' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'validTo must be a date-time (ISO 8601)' })
  validTo?: Date | null;

  @ApiPropertyOptional({ type: [WeeklyWindowDto], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowDto)
  shifts?: WeeklyWindowDto[] | null;
}
