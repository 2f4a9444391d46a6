import type { DataSource } from 'typeorm';
import { StreamCursorEntity } from './stream-cursor.entity.js';

export interface HighWaterMark {
  id: string | null;
  at: Date | null;
}

export class StreamCursorRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(accountId: string, stream: string): Promise<StreamCursorEntity | null> {
    return this.dataSource.getRepository(StreamCursorEntity).findOneBy({ accountId, stream });
  }

  listByAccount(accountId: string): Promise<StreamCursorEntity[]> {
    return this.dataSource
      .getRepository(StreamCursorEntity)
      .find({ where: { accountId }, order: { stream: 'ASC' } });
  }

  /** Writes the mark; the row changes only when the mark does (collecting the same window again changes nothing). */
  async save(
    workspaceId: string,
    accountId: string,
    stream: string,
    mark: HighWaterMark,
    updatedAt: Date,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO stream_cursor (account_id, stream, workspace_id, high_water_id, high_water_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (account_id, stream) DO UPDATE
         SET high_water_id = EXCLUDED.high_water_id, high_water_at = EXCLUDED.high_water_at,
             updated_at = EXCLUDED.updated_at
         WHERE (stream_cursor.high_water_id, stream_cursor.high_water_at)
           IS DISTINCT FROM (EXCLUDED.high_water_id, EXCLUDED.high_water_at)`,
      [accountId, stream, workspaceId, mark.id, mark.at, updatedAt],
    );
  }
}
