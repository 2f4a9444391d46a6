import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollectionSchema1795797785017 implements MigrationInterface {
  name = 'CollectionSchema1795797785017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account_connection" ("account_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "settings" jsonb NOT NULL DEFAULT \'{}\', "key_id" text NOT NULL, "iv" text NOT NULL, "ciphertext" text NOT NULL, "auth_tag" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_79fbd8d1613c80cdafab09b32a3" PRIMARY KEY ("account_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "account_profile_snapshot" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "captured_at" TIMESTAMP WITH TIME ZONE NOT NULL, "followers" integer, "following" integer, "posts" integer, CONSTRAINT "PK_76fbb31f1c8e502670ee96b1f45" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3534787c5216c8bd4efe2d208b" ON "account_profile_snapshot"  ("account_id", "captured_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "collection_window" ("collection_run_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "stream" text NOT NULL, "window_from" TIMESTAMP WITH TIME ZONE, "window_to" TIMESTAMP WITH TIME ZONE NOT NULL, "complete" boolean NOT NULL, "pages" integer NOT NULL DEFAULT \'0\', "skipped" jsonb NOT NULL DEFAULT \'{}\', "deletions_noticed" integer NOT NULL DEFAULT \'0\', "warnings" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_6f5a100a8a336f74da31be8ded4" PRIMARY KEY ("collection_run_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_71b01d08c817511974df35b7ee" ON "collection_window"  ("account_id", "stream", "window_to") ',
    );
    await queryRunner.query(
      'CREATE TABLE "engagement_breakdown" ("engagement_snapshot_id" bigint NOT NULL, "workspace_id" uuid NOT NULL, "reactions_by_type" jsonb NOT NULL, CONSTRAINT "PK_e828f2d0a7ececf03dd801b5f79" PRIMARY KEY ("engagement_snapshot_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "outbound_capture" ("outbound_item_id" bigint NOT NULL, "workspace_id" uuid NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "text" text NOT NULL, "media_urls" jsonb NOT NULL DEFAULT \'[]\', "permalink" text, "published_via" text, CONSTRAINT "PK_ab496a792f8ac3c238654c84461" PRIMARY KEY ("outbound_item_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stream_cursor" ("account_id" uuid NOT NULL, "stream" text NOT NULL, "workspace_id" uuid NOT NULL, "high_water_id" text, "high_water_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_90a7723e8eded22f25a0711979d" PRIMARY KEY ("account_id", "stream"))',
    );
    await queryRunner.query('ALTER TABLE "outbound_item" ADD "platform_operator_name" text');
    await queryRunner.query(
      'ALTER TABLE "account_connection" ADD CONSTRAINT "FK_79fbd8d1613c80cdafab09b32a3" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "account_profile_snapshot" ADD CONSTRAINT "FK_c2bb6c2a5eb5293036eb5e7f303" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "collection_window" ADD CONSTRAINT "FK_6f5a100a8a336f74da31be8ded4" FOREIGN KEY ("collection_run_id") REFERENCES "collection_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_breakdown" ADD CONSTRAINT "FK_e828f2d0a7ececf03dd801b5f79" FOREIGN KEY ("engagement_snapshot_id") REFERENCES "engagement_snapshot"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "outbound_capture" ADD CONSTRAINT "FK_ab496a792f8ac3c238654c84461" FOREIGN KEY ("outbound_item_id") REFERENCES "outbound_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stream_cursor" ADD CONSTRAINT "FK_68d747f576a15b1d66a855f9092" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "stream_cursor" DROP CONSTRAINT "FK_68d747f576a15b1d66a855f9092"');
    await queryRunner.query(
      'ALTER TABLE "outbound_capture" DROP CONSTRAINT "FK_ab496a792f8ac3c238654c84461"',
    );
    await queryRunner.query(
      'ALTER TABLE "engagement_breakdown" DROP CONSTRAINT "FK_e828f2d0a7ececf03dd801b5f79"',
    );
    await queryRunner.query(
      'ALTER TABLE "collection_window" DROP CONSTRAINT "FK_6f5a100a8a336f74da31be8ded4"',
    );
    await queryRunner.query(
      'ALTER TABLE "account_profile_snapshot" DROP CONSTRAINT "FK_c2bb6c2a5eb5293036eb5e7f303"',
    );
    await queryRunner.query(
      'ALTER TABLE "account_connection" DROP CONSTRAINT "FK_79fbd8d1613c80cdafab09b32a3"',
    );
    await queryRunner.query('ALTER TABLE "outbound_item" DROP COLUMN "platform_operator_name"');
    await queryRunner.query('DROP TABLE "stream_cursor"');
    await queryRunner.query('DROP TABLE "outbound_capture"');
    await queryRunner.query('DROP TABLE "engagement_breakdown"');
    await queryRunner.query('DROP INDEX "public"."IDX_71b01d08c817511974df35b7ee"');
    await queryRunner.query('DROP TABLE "collection_window"');
    await queryRunner.query('DROP INDEX "public"."IDX_3534787c5216c8bd4efe2d208b"');
    await queryRunner.query('DROP TABLE "account_profile_snapshot"');
    await queryRunner.query('DROP TABLE "account_connection"');
  }
}
