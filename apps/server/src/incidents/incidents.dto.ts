import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { EvidenceFileView, IncidentEventView, IncidentView } from '#persistence';
import { INCIDENT_SEVERITIES, INCIDENT_STATUSES as STATUSES_PEOPLE_SET, MERGED_STATUS } from '#domain';
import { PageQueryDto } from '../http/pagination.js';

/** The statuses the register shows and filters by: those people set, and `merged` (set by a merge only). */
const INCIDENT_STATUSES = [...STATUSES_PEOPLE_SET, MERGED_STATUS] as const;
export { INCIDENT_SEVERITIES, INCIDENT_STATUSES };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class IncidentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES, { message: `status must be one of: ${INCIDENT_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ enum: INCIDENT_SEVERITIES })
  @IsOptional()
  @IsIn(INCIDENT_SEVERITIES, { message: `severity must be one of: ${INCIDENT_SEVERITIES.join(', ')}` })
  severity?: string;

  @ApiPropertyOptional({ example: 'off_duty_publication', description: 'Incident kind' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  kind?: string;

  @ApiPropertyOptional({
    example: '2017-10-01',
    description: 'Occurred on or after this day (workspace time zone)',
  })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2017-10-31', description: 'Occurred on or before this day, inclusive' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day, YYYY-MM-DD' })
  to?: string;
}

export class IncidentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) accountId: string | null;
  @ApiProperty({ nullable: true, type: String }) accountHandle: string | null;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: INCIDENT_SEVERITIES }) severity: string;
  @ApiProperty({ enum: INCIDENT_STATUSES }) status: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() occurredAt: Date;
  @ApiProperty() detectedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) containedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) resolvedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) operatorName: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The group at the time, frozen' }) sourcingGroup:
    string | null;
  @ApiProperty({ type: [String] }) rules: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) evidence: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) reportedBy: string | null;
}

export class IncidentEventDto {
  @ApiProperty() at: Date;
  @ApiProperty() actor: string;
  @ApiProperty({ example: 'status', description: 'reported, detected, updated, status, comment, evidence' })
  type: string;
  @ApiProperty({ nullable: true, type: String }) body: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

export class EvidenceFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty() mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty() addedAt: Date;
  @ApiProperty() addedBy: string;
}

export class IncidentDetailDto extends IncidentDto {
  @ApiProperty({ type: [IncidentEventDto] }) timeline: IncidentEventDto[];
  @ApiProperty({ type: [EvidenceFileDto] }) evidenceFiles: EvidenceFileDto[];
}

export class AuditQueryDto {
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Cursor: entries after this sequence number' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class AuditEntryDto {
  @ApiProperty() seq: number;
  @ApiProperty() occurredAt: Date;
  @ApiProperty() actor: string;
  @ApiProperty({ example: 'incident.created' }) action: string;
  @ApiProperty() entityType: string;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) prevHash: string | null;
  @ApiProperty() hash: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) data: AuditEntryDto[];
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Pass as `after` for the next page; null at the end',
  })
  next: number | null;
}

export function toIncidentDto(i: IncidentView): IncidentDto {
  return {
    id: i.id,
    accountId: i.accountId,
    accountHandle: i.accountHandle,
    kind: i.kind,
    severity: i.severity,
    status: i.status,
    title: i.title,
    description: i.description,
    occurredAt: i.occurredAt,
    detectedAt: i.detectedAt,
    containedAt: i.containedAt,
    resolvedAt: i.resolvedAt,
    operatorName: i.operatorName,
    sourcingGroup: i.sourcingGroup,
    rules: i.rules,
    evidence: i.evidence,
    reportedBy: i.reportedBy,
  };
}

export function toIncidentDetailDto(
  i: IncidentView,
  events: IncidentEventView[],
  files: EvidenceFileView[],
): IncidentDetailDto {
  return {
    ...toIncidentDto(i),
    timeline: events.map((e) => ({
      at: e.at,
      actor: e.actor,
      type: e.type,
      body: e.body,
      details: e.details,
    })),
    evidenceFiles: files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      addedAt: f.addedAt,
      addedBy: f.addedBy,
    })),
  };
}
