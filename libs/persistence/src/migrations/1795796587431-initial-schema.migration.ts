import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795796587431 implements MigrationInterface {
  name = 'InitialSchema1795796587431';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "platform" text NOT NULL, "handle" text NOT NULL, "external_id" text NOT NULL, "time_zone" text NOT NULL DEFAULT \'UTC\', "business_hours" jsonb, "sla_target_seconds" integer NOT NULL DEFAULT \'3600\', "signature_pattern" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_5b6c5dd15f9ce0f21c4aa675d7" ON "account"  ("workspace_id", "platform", "external_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "operator_id" uuid NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE, "shifts" jsonb, CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bdd6132b99eda1b28c098c7a6b" ON "assignment"  ("operator_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_505963ee99a51f47809c2a2aba" ON "assignment"  ("account_id", "operator_id", "valid_from") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "workspace_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "payload" jsonb NOT NULL DEFAULT \'{}\', "prev_hash" text, "hash" text NOT NULL, CONSTRAINT "PK_905deda75b16075725a02ef38a0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d23791b567f9efec59052525f7" ON "audit_log_entry"  ("workspace_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "collection_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid, "source" text NOT NULL, "subject" text, "status" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "rows_read" integer NOT NULL DEFAULT \'0\', "rows_imported" integer NOT NULL DEFAULT \'0\', "rows_rejected" integer NOT NULL DEFAULT \'0\', "rejections" jsonb NOT NULL DEFAULT \'[]\', "error" text, CONSTRAINT "PK_cf3471a5bb865d5c2087a194eea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b5cc5920313d9cf61ec159cd8f" ON "collection_run"  ("workspace_id", "started_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "engagement_snapshot" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "workspace_id" uuid NOT NULL, "outbound_item_id" bigint NOT NULL, "captured_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reactions" integer, "replies" integer, "reposts" integer, "quotes" integer, "saves" integer, "clicks" integer, "impressions" integer, "reach" integer, "followers" integer, CONSTRAINT "PK_2b5ee90ae40f50345bd86083753" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_18cccdb51cbb2945e64250e8b5" ON "engagement_snapshot"  ("outbound_item_id", "captured_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "inbound_item" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "external_id" text NOT NULL, "kind" text NOT NULL, "author_external_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text NOT NULL, "in_reply_to_external_id" text, "conversation_id" text, "actionable" boolean NOT NULL DEFAULT true, "source" text NOT NULL, CONSTRAINT "PK_3f099067f3b718ea896a11f836a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2cc801cc04121ffb9ca4156de9" ON "inbound_item"  ("workspace_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d18dc9eccb32f02a0f01c2467d" ON "inbound_item"  ("account_id", "external_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid, "kind" text NOT NULL, "severity" text NOT NULL, "status" text NOT NULL DEFAULT \'open\', "title" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "contained_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "operator_id" uuid, "sourcing_group" text, "evidence" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6bc68fb71a2e39b3c77c6bf2b8" ON "incident"  ("workspace_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "operator_alias" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "signature" text NOT NULL, "operator_id" uuid NOT NULL, CONSTRAINT "PK_5e286322e765dbaedb8b03a804d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3ae160c87ac1bd72a0f2788d48" ON "operator_alias"  ("operator_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_afbeb617d94864dc414851ccad" ON "operator_alias"  ("account_id", "signature") ',
    );
    await queryRunner.query(
      'CREATE TABLE "operator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "name" text NOT NULL, "sourcing_group" text, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_to" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b950e1572745d9f69be7748ae8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_0d760b91c2e0e9b093ac01e35a" ON "operator"  ("workspace_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "outbound_item" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "external_id" text NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text NOT NULL, "in_reply_to_external_id" text, "conversation_id" text, "operator_id" uuid, "attribution_source" text NOT NULL DEFAULT \'unknown\', "signature" text, "source" text NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_397483c367c30514c516e66f348" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_669a07f3ce9507c27b34e65054" ON "outbound_item"  ("operator_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_97ca298e646a3d4d21136f8d3d" ON "outbound_item"  ("account_id", "in_reply_to_external_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e5add2c327b34e6c6aaa5754be" ON "outbound_item"  ("workspace_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_29e7ed77f8d7cb1719480d20d4" ON "outbound_item"  ("account_id", "external_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "kind" text NOT NULL, "period_from" TIMESTAMP WITH TIME ZONE NOT NULL, "period_to" TIMESTAMP WITH TIME ZONE NOT NULL, "locale" text NOT NULL, "html_path" text, "pdf_path" text, "html_sha256" text, "pdf_sha256" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3045ac7db7922eaa47c4f80024" ON "report"  ("workspace_id", "kind", "period_from") ',
    );
    await queryRunner.query(
      'CREATE TABLE "twcs_staged_row" ("workspace_id" uuid NOT NULL, "tweet_id" text NOT NULL, "author_id" text NOT NULL, "inbound" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text NOT NULL, "response_tweet_ids" text array NOT NULL, "in_response_to_tweet_id" text, CONSTRAINT "PK_8bcdbf7fa2faa1b64b3590b732e" PRIMARY KEY ("workspace_id", "tweet_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a441c7a8abf2c6f9e7415c19f3" ON "twcs_staged_row"  ("workspace_id", "in_response_to_tweet_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "workspace" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "time_zone" text NOT NULL DEFAULT \'UTC\', "locale" text NOT NULL DEFAULT \'en\', "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0d706c438a9b1ae0ac9806a201a" UNIQUE ("slug"), CONSTRAINT "PK_ca86b6f9b3be5fe26d307d09b49" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "account" ADD CONSTRAINT "FK_82891e755fca852c1f23b8daab1" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment" ADD CONSTRAINT "FK_18e6545eb166e5415194e4ef379" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment" ADD CONSTRAINT "FK_bdd6132b99eda1b28c098c7a6b1" FOREIGN KEY ("operator_id") REFERENCES "operator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_snapshot" ADD CONSTRAINT "FK_9af9bd619e5973bb52352822109" FOREIGN KEY ("outbound_item_id") REFERENCES "outbound_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "inbound_item" ADD CONSTRAINT "FK_b7569e671c33cf325efed943758" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "operator_alias" ADD CONSTRAINT "FK_7fe22e99dfe2d6bb4c62ae36b60" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "operator_alias" ADD CONSTRAINT "FK_3ae160c87ac1bd72a0f2788d48f" FOREIGN KEY ("operator_id") REFERENCES "operator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "operator" ADD CONSTRAINT "FK_1c1cc325d626a32ebd01ee77ebc" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outbound_item" ADD CONSTRAINT "FK_86df6cfbc7db04743054f29375f" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outbound_item" ADD CONSTRAINT "FK_669a07f3ce9507c27b34e65054f" FOREIGN KEY ("operator_id") REFERENCES "operator"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbound_item" DROP CONSTRAINT "FK_669a07f3ce9507c27b34e65054f"');
    await queryRunner.query('ALTER TABLE "outbound_item" DROP CONSTRAINT "FK_86df6cfbc7db04743054f29375f"');
    await queryRunner.query('ALTER TABLE "operator" DROP CONSTRAINT "FK_1c1cc325d626a32ebd01ee77ebc"');
    await queryRunner.query('ALTER TABLE "operator_alias" DROP CONSTRAINT "FK_3ae160c87ac1bd72a0f2788d48f"');
    await queryRunner.query('ALTER TABLE "operator_alias" DROP CONSTRAINT "FK_7fe22e99dfe2d6bb4c62ae36b60"');
    await queryRunner.query('ALTER TABLE "inbound_item" DROP CONSTRAINT "FK_b7569e671c33cf325efed943758"');
    await queryRunner.query(
      'ALTER TABLE "engagement_snapshot" DROP CONSTRAINT "FK_9af9bd619e5973bb52352822109"',
    );
    await queryRunner.query('ALTER TABLE "assignment" DROP CONSTRAINT "FK_bdd6132b99eda1b28c098c7a6b1"');
    await queryRunner.query('ALTER TABLE "assignment" DROP CONSTRAINT "FK_18e6545eb166e5415194e4ef379"');
    await queryRunner.query('ALTER TABLE "account" DROP CONSTRAINT "FK_82891e755fca852c1f23b8daab1"');
    await queryRunner.query('DROP TABLE "workspace"');
    await queryRunner.query('DROP INDEX "public"."IDX_a441c7a8abf2c6f9e7415c19f3"');
    await queryRunner.query('DROP TABLE "twcs_staged_row"');
    await queryRunner.query('DROP INDEX "public"."IDX_3045ac7db7922eaa47c4f80024"');
    await queryRunner.query('DROP TABLE "report"');
    await queryRunner.query('DROP INDEX "public"."IDX_29e7ed77f8d7cb1719480d20d4"');
    await queryRunner.query('DROP INDEX "public"."IDX_e5add2c327b34e6c6aaa5754be"');
    await queryRunner.query('DROP INDEX "public"."IDX_97ca298e646a3d4d21136f8d3d"');
    await queryRunner.query('DROP INDEX "public"."IDX_669a07f3ce9507c27b34e65054"');
    await queryRunner.query('DROP TABLE "outbound_item"');
    await queryRunner.query('DROP INDEX "public"."IDX_0d760b91c2e0e9b093ac01e35a"');
    await queryRunner.query('DROP TABLE "operator"');
    await queryRunner.query('DROP INDEX "public"."IDX_afbeb617d94864dc414851ccad"');
    await queryRunner.query('DROP INDEX "public"."IDX_3ae160c87ac1bd72a0f2788d48"');
    await queryRunner.query('DROP TABLE "operator_alias"');
    await queryRunner.query('DROP INDEX "public"."IDX_6bc68fb71a2e39b3c77c6bf2b8"');
    await queryRunner.query('DROP TABLE "incident"');
    await queryRunner.query('DROP INDEX "public"."IDX_d18dc9eccb32f02a0f01c2467d"');
    await queryRunner.query('DROP INDEX "public"."IDX_2cc801cc04121ffb9ca4156de9"');
    await queryRunner.query('DROP TABLE "inbound_item"');
    await queryRunner.query('DROP INDEX "public"."IDX_18cccdb51cbb2945e64250e8b5"');
    await queryRunner.query('DROP TABLE "engagement_snapshot"');
    await queryRunner.query('DROP INDEX "public"."IDX_b5cc5920313d9cf61ec159cd8f"');
    await queryRunner.query('DROP TABLE "collection_run"');
    await queryRunner.query('DROP INDEX "public"."IDX_d23791b567f9efec59052525f7"');
    await queryRunner.query('DROP TABLE "audit_log_entry"');
    await queryRunner.query('DROP INDEX "public"."IDX_505963ee99a51f47809c2a2aba"');
    await queryRunner.query('DROP INDEX "public"."IDX_bdd6132b99eda1b28c098c7a6b"');
    await queryRunner.query('DROP TABLE "assignment"');
    await queryRunner.query('DROP INDEX "public"."IDX_5b6c5dd15f9ce0f21c4aa675d7"');
    await queryRunner.query('DROP TABLE "account"');
  }
}
