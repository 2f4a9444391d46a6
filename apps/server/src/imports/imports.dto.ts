import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { CollectionRunEntity } from '#persistence';

export const IMPORT_KINDS = ['twcs', 'roster'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export class ImportUploadDto {
  @ApiProperty({
    enum: IMPORT_KINDS,
    description: 'twcs: conversations (CSV); roster: who runs what (YAML or CSV)',
  })
  @IsIn(IMPORT_KINDS, { message: 'kind must be one of: twcs, roster' })
  kind: ImportKind;
}

export class RejectedRowDto {
  @ApiProperty({ description: 'Line in the file where the row starts' })
  line: number;

  @ApiPropertyOptional({ description: 'The column or field at fault' })
  field?: string;

  @ApiProperty()
  reason: string;
}

export class RunDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'import:twcs', description: 'import:twcs, import:roster, collector:<platform> …' })
  source: string;

  @ApiProperty({ nullable: true, description: 'File name of an import, stream of a collection' })
  subject: string | null;

  @ApiProperty({
    enum: ['running', 'succeeded', 'partial', 'failed', 'interrupted'],
    description: 'interrupted: the process stopped before the run ended (its window shows as a gap)',
  })
  status: string;

  @ApiProperty()
  startedAt: Date;

  @ApiProperty({ nullable: true })
  finishedAt: Date | null;

  @ApiProperty()
  rowsRead: number;

  @ApiProperty()
  rowsImported: number;

  @ApiProperty()
  rowsRejected: number;

  @ApiProperty({ nullable: true })
  error: string | null;
}

export class RunDetailDto extends RunDto {
  @ApiProperty({
    type: [RejectedRowDto],
    description: 'The rejected rows (the first 1,000; rowsRejected counts all)',
  })
  rejections: RejectedRowDto[];
}

export function toRunDto(r: CollectionRunEntity): RunDto {
  return {
    id: r.id,
    source: r.source,
    subject: r.subject,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    rowsRead: r.rowsRead,
    rowsImported: r.rowsImported,
    rowsRejected: r.rowsRejected,
    error: r.error,
  };
}

export function toRunDetailDto(r: CollectionRunEntity): RunDetailDto {
  return { ...toRunDto(r), rejections: r.rejections };
}
