import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, Matches } from 'class-validator';
import type { ReportEntity, ReportFileMatch } from '#persistence';

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'monthly-comparison' }) kind: string;
  @ApiProperty() periodFrom: Date;
  @ApiProperty({ description: 'Exclusive end' }) periodTo: Date;
  @ApiProperty({ example: 'en' }) locale: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [String], example: ['html', 'pdf'], description: 'Formats issued' }) formats: string[];
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the HTML file as issued' })
  htmlSha256: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the PDF file as issued' }) pdfSha256:
    string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'SHA-256 over the canonical form of the facts the report rests on: same data, same fingerprint',
  })
  dataFingerprint: string | null;
}

export function toReportDto(r: ReportEntity): ReportDto {
  return {
    id: r.id,
    kind: r.kind,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    locale: r.locale,
    createdAt: r.createdAt,
    formats: [r.htmlPath ? 'html' : null, r.pdfPath ? 'pdf' : null].filter((f): f is string => f !== null),
    htmlSha256: r.htmlSha256,
    pdfSha256: r.pdfSha256,
    dataFingerprint: r.dataFingerprint,
  };
}

export class IssueReportDto {
  @ApiProperty({ example: '2026-10', description: 'Calendar month in the workspace time zone' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month: string;

  @ApiPropertyOptional({ enum: ['en', 'de'], description: 'Default: the workspace language' })
  @IsOptional()
  @IsIn(['en', 'de'], { message: 'locale must be one of: en, de' })
  locale?: 'en' | 'de';

  @ApiPropertyOptional({ type: [String], enum: ['html', 'pdf'], default: ['html', 'pdf'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(['html', 'pdf'], { each: true, message: 'formats must contain only html and pdf' })
  formats?: ('html' | 'pdf')[];
}

export class ChangedFromDto {
  @ApiProperty({ type: ReportDto, description: 'The report a file of this name was issued by' })
  report: ReportDto;

  @ApiProperty({ enum: ['html', 'pdf'] })
  format: string;

  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of that file as issued' })
  issuedSha256: string | null;
}

export function toChangedFromDto(match: ReportFileMatch): ChangedFromDto {
  return {
    report: toReportDto(match.report),
    format: match.format,
    issuedSha256: match.format === 'pdf' ? match.report.pdfSha256 : match.report.htmlSha256,
  };
}

export class VerifyResultDto {
  @ApiProperty({ description: 'The file is, byte for byte, a report this workspace issued' })
  verified: boolean;

  @ApiProperty({ description: 'SHA-256 of the uploaded file' })
  sha256: string;

  @ApiPropertyOptional({ enum: ['html', 'pdf'] })
  format?: string;

  @ApiPropertyOptional({ type: ReportDto })
  report?: ReportDto;

  @ApiPropertyOptional({
    type: ChangedFromDto,
    description:
      'Not verified, but the uploaded file has the name of a file this workspace issued: it was changed after issuing (or is another file of that name)',
  })
  changedFrom?: ChangedFromDto;
}
