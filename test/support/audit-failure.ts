import type { DataSource } from 'typeorm';

/**
 * Runs `fn` while every append to the audit log fails, as a full disk or a broken constraint would make it:
 * for specs that check a change does not stay without its entry. Each append fails with
 * "audit log unavailable". The trigger is removed afterwards, even
 * when `fn` fails.
 */
export async function whileAuditLogRefuses<T>(dataSource: DataSource, fn: () => Promise<T>): Promise<T> {
  await dataSource.query(`
    CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
  await dataSource.query(
    `CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log_entry FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
  );
  try {
    return await fn();
  } finally {
    await dataSource.query(`DROP TRIGGER refuse_audit ON audit_log_entry`);
    await dataSource.query(`DROP FUNCTION refuse_audit()`);
  }
}
