import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsSchema1795797862474 implements MigrationInterface {
  name = 'JobsSchema1795797862474';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "job_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job_id" uuid NOT NULL, "attempt" integer NOT NULL, "worker" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text NOT NULL, "error" text, CONSTRAINT "PK_cae15a4b6ee8638059fb15054e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_71f4a1c753054aee988a94eb82" ON "job_attempt"  ("job_id", "attempt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "job_record" ("id" uuid NOT NULL, "kind" text NOT NULL, "workspace_id" uuid, "account_id" uuid, "schedule_key" text, "slot" TIMESTAMP WITH TIME ZONE, "subject" text NOT NULL, "data" jsonb NOT NULL, "state" text NOT NULL, "attempts" integer NOT NULL DEFAULT \'0\', "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "result" jsonb, CONSTRAINT "PK_88ce3ea0c9dca8b571450b457a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9218275c8720e595495598b30e" ON "job_record"  ("account_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_a097e3eaabf5f8425ff7609af9" ON "job_record"  ("workspace_id", "enqueued_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_19266333a9528d8635e8dec11d" ON "job_record"  ("state", "enqueued_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_2413c46c1ae5180c80b07a9767" ON "job_record"  ("schedule_key", "slot") ',
    );
    await queryRunner.query(
      'CREATE TABLE "job_settings" ("workspace_id" uuid NOT NULL, "collection_enabled" boolean, "mentions_every_minutes" integer, "posts_every_minutes" integer, "engagement_curve" jsonb, "incidents_every_minutes" integer, "monthly_report_enabled" boolean, "report_formats" text array, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01147be7fcc68172524a5473908" PRIMARY KEY ("workspace_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "job_attempt" ADD CONSTRAINT "FK_0aa59de58039791ee8f3e57c34d" FOREIGN KEY ("job_id") REFERENCES "job_record"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "job_record" ADD CONSTRAINT "FK_b71b7c4f4d2d545c3046f77d307" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "job_record" ADD CONSTRAINT "FK_9218275c8720e595495598b30ef" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "job_settings" ADD CONSTRAINT "FK_01147be7fcc68172524a5473908" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "job_settings" DROP CONSTRAINT "FK_01147be7fcc68172524a5473908"');
    await queryRunner.query('ALTER TABLE "job_record" DROP CONSTRAINT "FK_9218275c8720e595495598b30ef"');
    await queryRunner.query('ALTER TABLE "job_record" DROP CONSTRAINT "FK_b71b7c4f4d2d545c3046f77d307"');
    await queryRunner.query('ALTER TABLE "job_attempt" DROP CONSTRAINT "FK_0aa59de58039791ee8f3e57c34d"');
    await queryRunner.query('DROP TABLE "job_settings"');
    await queryRunner.query('DROP INDEX "public"."IDX_2413c46c1ae5180c80b07a9767"');
    await queryRunner.query('DROP INDEX "public"."IDX_19266333a9528d8635e8dec11d"');
    await queryRunner.query('DROP INDEX "public"."IDX_a097e3eaabf5f8425ff7609af9"');
    await queryRunner.query('DROP INDEX "public"."IDX_9218275c8720e595495598b30e"');
    await queryRunner.query('DROP TABLE "job_record"');
    await queryRunner.query('DROP INDEX "public"."IDX_71f4a1c753054aee988a94eb82"');
    await queryRunner.query('DROP TABLE "job_attempt"');
  }
}
