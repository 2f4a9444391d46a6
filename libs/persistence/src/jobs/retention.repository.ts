import type { DataSource } from 'typeorm';

/** Deletes what has served its purpose; every method returns the number of rows deleted. */
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * twcs staging rows of workspaces whose latest twcs import started before the cut-off. Staging only serves
   * to attach customer tweets of a later file to brand tweets of an earlier one; once a workspace has stopped
   * importing, the facts derived from it are all that is needed (importing the files again restores it).
   */
  async deleteIdleTwcsStaging(idleSince: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM twcs_staged_row s
       WHERE s.workspace_id IN (
         SELECT r.workspace_id FROM collection_run r WHERE r.source = 'import:twcs'
         GROUP BY r.workspace_id HAVING max(r.started_at) < $1)`,
      [idleSince],
    );
    return count;
  }
}
