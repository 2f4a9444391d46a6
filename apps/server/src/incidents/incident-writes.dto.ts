import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '#domain';
import { IncidentDetailDto } from './incidents.dto.js';

/**
 * A person's report of an incident. As JSON, or as multipart/form-data with the same fields and evidence
 * files in the field `evidence` (screenshots, exports, mails: their SHA-256 goes into the audit log).
 */
export class ReportIncidentDto {
  @ApiProperty({ enum: INCIDENT_KINDS })
  @IsIn(INCIDENT_KINDS, { message: `kind must be one of: ${INCIDENT_KINDS.join(', ')}` })
  kind: (typeof INCIDENT_KINDS)[number];

  @ApiProperty({ enum: INCIDENT_SEVERITIES })
  @IsIn(INCIDENT_SEVERITIES, { message: `severity must be one of: ${INCIDENT_SEVERITIES.join(', ')}` })
  severity: (typeof INCIDENT_SEVERITIES)[number];

  @ApiProperty({ example: 'Customer address posted in a reply', description: 'One line (1–200 characters)' })
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title: string;

  @ApiPropertyOptional({ description: 'What happened, in full' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({ example: '2026-03-09T22:40:00Z', description: 'When it happened (default: now)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'occurredAt must be an ISO 8601 instant, e.g. 2026-03-09T22:40:00Z' })
  occurredAt?: Date;

  @ApiPropertyOptional({ format: 'uuid', description: 'The account concerned' })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be a UUID' })
  accountId?: string;

  @ApiPropertyOptional({
    description:
      "The published item's platform id (needs accountId): joins the item's incident if the ledger has one",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'itemExternalId must be 1 to 100 characters' })
  itemExternalId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The operator concerned; their sourcing group is frozen with the incident',
  })
  @IsOptional()
  @IsUUID('all', { message: 'operatorId must be a UUID' })
  operatorId?: string;
}

export class ChangeIncidentStatusDto {
  @ApiProperty({ enum: INCIDENT_STATUSES, description: 'open (reopen), contained, resolved or dismissed' })
  @IsIn(INCIDENT_STATUSES, { message: `status must be one of: ${INCIDENT_STATUSES.join(', ')}` })
  status: (typeof INCIDENT_STATUSES)[number];

  @ApiPropertyOptional({
    example: '2026-03-09T23:05:00Z',
    description:
      'When it was contained or resolved, if before now (not before it occurred); default: now. ' +
      'The timeline and the audit log record the change at the time it was made.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'at must be an ISO 8601 instant, e.g. 2026-03-09T23:05:00Z' })
  at?: Date;

  @ApiPropertyOptional({ description: 'Why, for the timeline' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class SetIncidentSeverityDto {
  @ApiProperty({ enum: INCIDENT_SEVERITIES })
  @IsIn(INCIDENT_SEVERITIES, { message: `severity must be one of: ${INCIDENT_SEVERITIES.join(', ')}` })
  severity: (typeof INCIDENT_SEVERITIES)[number];

  @ApiProperty({ description: 'Why (1–2,000 characters): recorded in the timeline and the audit log' })
  @IsString({ message: 'reason is required' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason: string;
}

export class MergeIncidentDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The duplicate: it gets status `merged`, naming the kept incident',
  })
  @IsUUID('all', { message: 'duplicateId must be a UUID' })
  duplicateId: string;

  @ApiProperty({ description: 'Why (1–2,000 characters): recorded in both timelines and the audit log' })
  @IsString({ message: 'reason is required' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason: string;
}

export class SetIncidentKindDto {
  @ApiProperty({ enum: INCIDENT_KINDS })
  @IsIn(INCIDENT_KINDS, { message: `kind must be one of: ${INCIDENT_KINDS.join(', ')}` })
  kind: (typeof INCIDENT_KINDS)[number];

  @ApiProperty({ description: 'Why (1–2,000 characters): recorded in the timeline and the audit log' })
  @IsString({ message: 'reason is required' })
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters' })
  reason: string;
}

export class IncidentCommentDto {
  @ApiProperty({ description: 'The comment (1–10,000 characters)' })
  @IsString()
  @Length(1, 10_000, { message: 'text must be 1 to 10000 characters' })
  text: string;
}

export class ReportedIncidentDto {
  @ApiProperty({ type: IncidentDetailDto }) incident: IncidentDetailDto;
  @ApiProperty({
    description: 'True when the report joined the incident the ledger already had for the same item',
  })
  merged: boolean;
}

/** The multipart form of a report: the JSON fields as form fields, plus the files. */
export const REPORT_INCIDENT_FORM: SchemaObject = {
  type: 'object',
  required: ['kind', 'severity', 'title'],
  properties: {
    kind: { type: 'string', enum: [...INCIDENT_KINDS] },
    severity: { type: 'string', enum: [...INCIDENT_SEVERITIES] },
    title: { type: 'string' },
    description: { type: 'string' },
    occurredAt: { type: 'string', format: 'date-time' },
    accountId: { type: 'string', format: 'uuid' },
    itemExternalId: { type: 'string' },
    operatorId: { type: 'string', format: 'uuid' },
    evidence: { type: 'array', items: { type: 'string', format: 'binary' } },
  },
};
