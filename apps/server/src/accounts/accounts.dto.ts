import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { AccountEntity } from '#persistence';

export class WeeklyWindowDto {
  @ApiProperty({ minimum: 0, maximum: 6, description: 'Day of the week, 0 = Sunday' })
  @IsInt()
  @Min(0)
  @Max(6)
  day: number;

  @ApiProperty({ minimum: 0, maximum: 1440, description: 'Start, minutes after local midnight (inclusive)' })
  @IsInt()
  @Min(0)
  @Max(1440)
  startMinute: number;

  @ApiProperty({ minimum: 0, maximum: 1440, description: 'End, minutes after local midnight (exclusive)' })
  @IsInt()
  @Min(0)
  @Max(1440)
  endMinute: number;
}

export class AccountDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'x' })
  platform: string;

  @ApiProperty({ example: 'AcmeCares' })
  handle: string;

  @ApiProperty()
  externalId: string;

  @ApiProperty({ example: 'Europe/Vienna' })
  timeZone: string;

  @ApiProperty({ type: [WeeklyWindowDto], nullable: true })
  businessHours: WeeklyWindowDto[] | null;

  @ApiProperty({ example: 60, description: 'First-response target in business minutes' })
  slaMinutes: number;

  @ApiProperty({
    nullable: true,
    description: 'Signature pattern (regex, group 1 = signature); null = default',
  })
  signaturePattern: string | null;

  @ApiProperty()
  createdAt: Date;
}

export function toAccountDto(a: AccountEntity): AccountDto {
  return {
    id: a.id,
    platform: a.platform,
    handle: a.handle,
    externalId: a.externalId,
    timeZone: a.timeZone,
    businessHours: a.businessHours,
    slaMinutes: a.slaTargetSeconds / 60,
    signaturePattern: a.signaturePattern,
    createdAt: a.createdAt,
  };
}

export class UpdateAccountDto {
  @ApiPropertyOptional({ example: 'Europe/Vienna', description: 'IANA time zone' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 10080,
    description: 'First-response target in business minutes',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10080)
  slaMinutes?: number;

  @ApiPropertyOptional({
    nullable: true,
    description: 'JavaScript regex whose group 1 is the signature; null restores the default',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  signaturePattern?: string | null;

  @ApiPropertyOptional({
    type: [WeeklyWindowDto],
    nullable: true,
    description: 'Weekly open hours; null = always open',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowDto)
  businessHours?: WeeklyWindowDto[] | null;
}

export class AccountUpdatedDto {
  @ApiProperty({ type: AccountDto })
  account: AccountDto;

  @ApiProperty({ description: 'Outbound items whose attribution changed with the new settings' })
  itemsReattributed: number;
}
