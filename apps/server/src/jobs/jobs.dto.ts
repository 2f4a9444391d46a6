import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsIn, IsOptional, Matches } from 'class-validator';
import { JOB_KINDS, type JobKind } from '#jobs';
import type { JobAttemptEntity, JobListItem, JobRecordState } from '#persistence';
import { PageQueryDto } from '../http/pagination.js';

export const JOB_STATES: JobRecordState[] = [
  'queued',
  'running',
  'retrying',
  'completed',
  'dead',
  'cancelled',
];

export class JobListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: JOB_STATES,
    description: 'Only jobs in this state; `dead` = the dead letters',
  })
  @IsOptional()
  @IsIn(JOB_STATES)
  state?: JobRecordState;

  @ApiPropertyOptional({ enum: JOB_KINDS })
  @IsOptional()
  @IsIn([...JOB_KINDS])
  kind?: JobKind;
}

export class JobDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: JOB_KINDS })
  kind: string;

  @ApiProperty({ enum: JOB_STATES, description: 'dead: every attempt failed; retry it with POST …/retry' })
  state: string;

  @ApiProperty({ description: 'Attempts started so far' })
  attempts: number;

  @ApiProperty({ example: 'mastodon:@acme notifications' })
  subject: string;

  @ApiProperty({
    nullable: true,
    example: 'collect:<account id>:notifications',
    description: 'Null: on demand',
  })
  scheduleKey: string | null;

  @ApiProperty({ nullable: true, description: 'Start of the schedule slot the job is for' })
  slot: Date | null;

  @ApiProperty()
  enqueuedAt: Date;

  @ApiProperty({ nullable: true })
  startedAt: Date | null;

  @ApiProperty({ nullable: true })
  finishedAt: Date | null;

  @ApiProperty({ nullable: true })
  lastError: string | null;

  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'What the job reported',
  })
  result: Record<string, unknown> | null;
}

export class JobAttemptDto {
  @ApiProperty({ description: '1 for the first run' })
  attempt: number;

  @ApiProperty({ example: 'worker-2:4711', description: 'host:pid of the worker' })
  worker: string;

  @ApiProperty()
  startedAt: Date;

  @ApiProperty({ nullable: true })
  finishedAt: Date | null;

  @ApiProperty({
    enum: ['running', 'completed', 'failed', 'released', 'lost'],
    description:
      'released: handed back by a stopping worker; lost: its worker vanished and the lease expired',
  })
  outcome: string;

  @ApiProperty({ nullable: true })
  error: string | null;
}

export class JobDetailDto extends JobDto {
  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;

  @ApiProperty({ type: [JobAttemptDto] })
  attemptHistory: JobAttemptDto[];
}

export class MonthlyReportJobRequestDto {
  @ApiPropertyOptional({
    example: '2026-10',
    description: 'Default: the previous month in the workspace time zone',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ type: [String], enum: ['html', 'pdf'], default: ['html', 'pdf'] })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(['html', 'pdf'], { each: true })
  formats?: ('html' | 'pdf')[];

  @ApiPropertyOptional({ enum: ['en', 'de'], description: 'Default: the workspace locale' })
  @IsOptional()
  @IsIn(['en', 'de'])
  locale?: 'en' | 'de';
}

export function toJobDto(j: JobListItem): JobDto {
  return {
    id: j.id,
    kind: j.kind,
    state: j.state,
    attempts: j.attempts,
    subject: j.subject,
    scheduleKey: j.scheduleKey,
    slot: j.slot,
    enqueuedAt: j.enqueuedAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
    lastError: j.lastError,
    result: j.result,
  };
}

export function toJobDetailDto(j: JobListItem, attempts: Omit<JobAttemptEntity, 'job'>[]): JobDetailDto {
  return {
    ...toJobDto(j),
    data: j.data,
    attemptHistory: attempts.map((a) => ({
      attempt: a.attempt,
      worker: a.worker,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      outcome: a.outcome,
      error: a.error,
    })),
  };
}
