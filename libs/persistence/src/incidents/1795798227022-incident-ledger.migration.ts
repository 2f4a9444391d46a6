import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The incident ledger: timeline events, evidence files, rule settings, word lists and allowed applications;
 * new incident columns; the audit chain's sequence number; and the trigger that makes audit_log_entry
 * append-only for every role that does not deliberately disable it (docs/audit-log.md).
 */
export class IncidentLedger1795798227022 implements MigrationInterface {
  name = 'IncidentLedger1795798227022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "incident_allowed_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "application" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bec7135e6e05204aabdb508addd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d8de4467c0e5a3d55d531b9907" ON "incident_allowed_application"  ("account_id", "application") ',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "workspace_id" uuid NOT NULL, "incident_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text NOT NULL, "type" text NOT NULL, "body" text, "details" jsonb NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_ee6d654432381374612876fc867" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_689afa609c083b22205e771a09" ON "incident_event"  ("incident_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "incident_id" uuid NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, "added_by" text NOT NULL, CONSTRAINT "PK_1057fd62a207902829c9602a55f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_07b627eae80034a9e9e44f9d3d" ON "incident_evidence"  ("incident_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_rule_settings" ("workspace_id" uuid NOT NULL, "overrides" jsonb NOT NULL DEFAULT \'{}\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b59c17cbe206a105cdbaa095949" PRIMARY KEY ("workspace_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "incident_word" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "list" text NOT NULL, "kind" text NOT NULL, "term" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff72ade4bb27d29329f02ad304d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_588633c838992c399361091151" ON "incident_word"  ("workspace_id", "list", "kind", "term") ',
    );
    await queryRunner.query('ALTER TABLE "audit_log_entry" ADD "seq" bigint NOT NULL');
    await queryRunner.query('ALTER TABLE "incident" ADD "subject_key" text');
    await queryRunner.query('ALTER TABLE "incident" ADD "rules" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "incident" ADD "hits" jsonb NOT NULL DEFAULT \'[]\'');
    await queryRunner.query('ALTER TABLE "incident" ADD "window_from" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "incident" ADD "window_to" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "incident" ADD "reported_by" text');
    await queryRunner.query('ALTER TABLE "incident" ADD "description" text');
    await queryRunner.query(
      'ALTER TABLE "incident" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_96a770141bd7e7620bb28a84f2" ON "audit_log_entry"  ("workspace_id", "seq") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_92b0911b2b44f1bbfe083beb72" ON "incident"  ("workspace_id", "subject_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_allowed_application" ADD CONSTRAINT "FK_426e2383a740c292bfda27dfa14" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_event" ADD CONSTRAINT "FK_c1f0bc379dcf587065927d87969" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_evidence" ADD CONSTRAINT "FK_07b627eae80034a9e9e44f9d3d7" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_rule_settings" ADD CONSTRAINT "FK_b59c17cbe206a105cdbaa095949" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_word" ADD CONSTRAINT "FK_d489af8c5599ae257969aee4238" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Append-only: any UPDATE, DELETE or TRUNCATE of an audit entry fails, whoever runs it. Disabling the trigger
    // takes a deliberate ALTER TABLE by the table's owner; what is changed then, the hash chain shows.
    await queryRunner.query(`CREATE FUNCTION audit_log_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log_entry is append-only: % refused', TG_OP
    USING ERRCODE = '42501', HINT = 'Audit entries are written once and never changed (docs/audit-log.md).';
END
$$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_log_entry_no_change BEFORE UPDATE OR DELETE ON "audit_log_entry" FOR EACH ROW EXECUTE FUNCTION audit_log_entry_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_log_entry_no_truncate BEFORE TRUNCATE ON "audit_log_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_entry_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_log_entry_no_truncate" ON "audit_log_entry"');
    await queryRunner.query('DROP TRIGGER "audit_log_entry_no_change" ON "audit_log_entry"');
    await queryRunner.query('DROP FUNCTION audit_log_entry_append_only()');
    await queryRunner.query('ALTER TABLE "incident_word" DROP CONSTRAINT "FK_d489af8c5599ae257969aee4238"');
    await queryRunner.query(
      'ALTER TABLE "incident_rule_settings" DROP CONSTRAINT "FK_b59c17cbe206a105cdbaa095949"',
    );
    await queryRunner.query(
      'ALTER TABLE "incident_evidence" DROP CONSTRAINT "FK_07b627eae80034a9e9e44f9d3d7"',
    );
    await queryRunner.query('ALTER TABLE "incident_event" DROP CONSTRAINT "FK_c1f0bc379dcf587065927d87969"');
    await queryRunner.query(
      'ALTER TABLE "incident_allowed_application" DROP CONSTRAINT "FK_426e2383a740c292bfda27dfa14"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_92b0911b2b44f1bbfe083beb72"');
    await queryRunner.query('DROP INDEX "public"."IDX_96a770141bd7e7620bb28a84f2"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "updated_at"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "description"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "reported_by"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "window_to"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "window_from"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "hits"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "rules"');
    await queryRunner.query('ALTER TABLE "incident" DROP COLUMN "subject_key"');
    await queryRunner.query('ALTER TABLE "audit_log_entry" DROP COLUMN "seq"');
    await queryRunner.query('DROP INDEX "public"."IDX_588633c838992c399361091151"');
    await queryRunner.query('DROP TABLE "incident_word"');
    await queryRunner.query('DROP TABLE "incident_rule_settings"');
    await queryRunner.query('DROP INDEX "public"."IDX_07b627eae80034a9e9e44f9d3d"');
    await queryRunner.query('DROP TABLE "incident_evidence"');
    await queryRunner.query('DROP INDEX "public"."IDX_689afa609c083b22205e771a09"');
    await queryRunner.query('DROP TABLE "incident_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_d8de4467c0e5a3d55d531b9907"');
    await queryRunner.query('DROP TABLE "incident_allowed_application"');
  }
}
