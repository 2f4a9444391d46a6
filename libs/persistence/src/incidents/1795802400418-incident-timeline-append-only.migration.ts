import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An incident's timeline (incident_event) and its evidence files (incident_evidence) become append-only like
 * audit_log_entry: any UPDATE, DELETE or TRUNCATE fails, whoever runs it, so a comment cannot be removed nor
 * an evidence file's bytes swapped from a database console. Nothing in the product changes or deletes these
 * rows (duplicates are merged by adding to the incident, not by moving rows); deleting an incident row is
 * refused too, because its cascade would delete events. What a table owner changes after switching the
 * trigger off, `ledger audit verify` finds by reconciling the tables with the audit log (docs/audit-log.md).
 */
export class IncidentTimelineAppendOnly1795802400418 implements MigrationInterface {
  name = 'IncidentTimelineAppendOnly1795802400418';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION incident_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = '42501',
          HINT = 'An incident''s timeline and evidence are written once and never changed (docs/incidents.md).';
END
$$`);
    for (const table of ['incident_event', 'incident_evidence']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION incident_record_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION incident_record_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['incident_evidence', 'incident_event']) {
      await queryRunner.query(`DROP TRIGGER "${table}_no_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_no_change" ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION incident_record_append_only()');
  }
}
