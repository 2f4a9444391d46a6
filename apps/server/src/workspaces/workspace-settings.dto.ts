import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { ReportBrandingEntity } from '#persistence';
import { REPORT_LOCALES } from '#reporting';

const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const LOCALE_LIST = REPORT_LOCALES.join(', ');

/** What reports are issued under; null puts a field back to its default, a missing field is left alone. */
export class BrandingInputDto {
  @ApiPropertyOptional({
    nullable: true,
    description: 'Name printed on reports (default: the workspace name)',
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '#1f4e79', description: '#rrggbb or #rgb' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(COLOUR, { message: 'primaryColour must be a colour #rrggbb or #rgb' })
  primaryColour?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '#f28c28', description: '#rrggbb or #rgb' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(COLOUR, { message: 'accentColour must be a colour #rrggbb or #rgb' })
  accentColour?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A footer line on every page' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(200, { message: 'footer must be at most 200 characters' })
  footer?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: REPORT_LOCALES, description: 'Report language' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsIn(REPORT_LOCALES, { message: `locale must be one of: ${LOCALE_LIST}` })
  locale?: string | null;
}

export class UpdateWorkspaceDto {
  @ApiPropertyOptional({ example: 'Acme Corp', description: '1–100 characters' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;

  @ApiPropertyOptional({
    example: 'Europe/Vienna',
    description: 'IANA time zone: days and months are cut in it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: REPORT_LOCALES, description: 'The workspace language (pages and reports)' })
  @IsOptional()
  @IsIn(REPORT_LOCALES, { message: `locale must be one of: ${LOCALE_LIST}` })
  locale?: string;

  @ApiPropertyOptional({
    type: BrandingInputDto,
    description: 'Report branding (the logo: `ledger report branding --logo`)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BrandingInputDto)
  branding?: BrandingInputDto;
}

export class BrandingDto {
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ nullable: true, type: String }) primaryColour: string | null;
  @ApiProperty({ nullable: true, type: String }) accentColour: string | null;
  @ApiProperty({ nullable: true, type: String }) footer: string | null;
  @ApiProperty({ nullable: true, type: String }) locale: string | null;
  @ApiProperty({ description: 'Whether a logo is set (set it with `ledger report branding --logo`)' })
  hasLogo: boolean;
}

export function toBrandingDto(b: ReportBrandingEntity | null): BrandingDto {
  return {
    name: b?.displayName ?? null,
    primaryColour: b?.primaryColour ?? null,
    accentColour: b?.accentColour ?? null,
    footer: b?.footerText ?? null,
    locale: b?.locale ?? null,
    hasLogo: Boolean(b?.logoDataUri),
  };
}
