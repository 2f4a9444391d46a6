import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EngineSettings1795800295015 implements MigrationInterface {
  name = 'EngineSettings1795800295015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account_holidays" ("account_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "calendar" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94923050efd76ff133a982c93fc" PRIMARY KEY ("account_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "cadence_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "sourcing_group" text, "valid_from" date NOT NULL, "valid_to" date, "per_weekday" jsonb NOT NULL, "kinds" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4796831a67df3c19a0dd09a1cba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1c185cc1d3b0bb7cda2be66fa4" ON "cadence_plan"  ("account_id", "valid_from") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cost_model" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "sourcing_group" text NOT NULL, "currency" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "components" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96e578e67ce2640690a4ab43fa9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_29c68a455cd403af6f6e06a884" ON "cost_model"  ("workspace_id", "sourcing_group", "valid_from") ',
    );
    await queryRunner.query(
      'CREATE TABLE "house_style" ("account_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "language" text, "form_of_address" text, "signature_required" boolean NOT NULL DEFAULT false, "emoji_policy" text NOT NULL DEFAULT \'allowed\', "max_emoji" integer, "max_reply_length" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c84b008987f8efc76af531127e" PRIMARY KEY ("account_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "scorecard_settings" ("workspace_id" uuid NOT NULL, "weights" jsonb NOT NULL DEFAULT \'{}\', "thresholds" jsonb NOT NULL DEFAULT \'{}\', "severity_weights" jsonb NOT NULL DEFAULT \'{}\', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_36af0276d9a7e12e110d650698e" PRIMARY KEY ("workspace_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "outbound_item" ADD "is_repost_of_other" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "account_holidays" ADD CONSTRAINT "FK_94923050efd76ff133a982c93fc" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cadence_plan" ADD CONSTRAINT "FK_f6e18fafe4f5e2b20debab4a7dd" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_model" ADD CONSTRAINT "FK_184b49c8f9dc6498b95ed3890ce" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "house_style" ADD CONSTRAINT "FK_4c84b008987f8efc76af531127e" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "scorecard_settings" ADD CONSTRAINT "FK_36af0276d9a7e12e110d650698e" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "scorecard_settings" DROP CONSTRAINT "FK_36af0276d9a7e12e110d650698e"',
    );
    await queryRunner.query('ALTER TABLE "house_style" DROP CONSTRAINT "FK_4c84b008987f8efc76af531127e"');
    await queryRunner.query('ALTER TABLE "cost_model" DROP CONSTRAINT "FK_184b49c8f9dc6498b95ed3890ce"');
    await queryRunner.query('ALTER TABLE "cadence_plan" DROP CONSTRAINT "FK_f6e18fafe4f5e2b20debab4a7dd"');
    await queryRunner.query(
      'ALTER TABLE "account_holidays" DROP CONSTRAINT "FK_94923050efd76ff133a982c93fc"',
    );
    await queryRunner.query('ALTER TABLE "outbound_item" DROP COLUMN "is_repost_of_other"');
    await queryRunner.query('DROP TABLE "scorecard_settings"');
    await queryRunner.query('DROP TABLE "house_style"');
    await queryRunner.query('DROP INDEX "public"."IDX_29c68a455cd403af6f6e06a884"');
    await queryRunner.query('DROP TABLE "cost_model"');
    await queryRunner.query('DROP INDEX "public"."IDX_1c185cc1d3b0bb7cda2be66fa4"');
    await queryRunner.query('DROP TABLE "cadence_plan"');
    await queryRunner.query('DROP TABLE "account_holidays"');
  }
}
