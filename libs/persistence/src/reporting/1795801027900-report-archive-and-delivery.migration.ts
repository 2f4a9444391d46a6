import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportArchiveAndDelivery1795801027900 implements MigrationInterface {
  name = 'ReportArchiveAndDelivery1795801027900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "report_branding" ("workspace_id" uuid NOT NULL, "display_name" text, "logo_data_uri" text, "primary_colour" text, "accent_colour" text, "footer_text" text, "locale" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18f24f3f5c0c0885d14edd39814" PRIMARY KEY ("workspace_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "report_delivery_settings" ("workspace_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "smtp_host" text NOT NULL, "smtp_port" integer NOT NULL, "smtp_secure" boolean NOT NULL DEFAULT false, "smtp_user" text, "password_env" text, "from_address" text NOT NULL, "send_hour" integer NOT NULL DEFAULT \'8\', "holiday_calendar" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d082b9760f02d7c0996e03dd310" PRIMARY KEY ("workspace_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "report_recipient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "email" text NOT NULL, "name" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6f587f06fb920300567c588457" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_05da7f94855f09903bb95f9339" ON "report_recipient"  ("workspace_id", "email") ',
    );
    await queryRunner.query(
      'CREATE TABLE "report_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "report_id" uuid NOT NULL, "recipient_email" text NOT NULL, "status" text NOT NULL DEFAULT \'pending\', "attempts" integer NOT NULL DEFAULT \'0\', "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" text, "smtp_response" text, "pdf_sha256" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_567308b7bc0a40292235ef67579" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_57400cf3097615c4052e74240c" ON "report_delivery"  ("workspace_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_776e020f4ba649ea60be112ea3" ON "report_delivery"  ("report_id", "recipient_email") ',
    );
    await queryRunner.query('ALTER TABLE "report" ADD "parameters" jsonb NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "report" ADD "data_fingerprint" text');
    await queryRunner.query('CREATE INDEX "IDX_a84e36a0d091c07cec6291be04" ON "report"  ("pdf_sha256") ');
    await queryRunner.query('CREATE INDEX "IDX_e79f639ffa85070f6a6961ce99" ON "report"  ("html_sha256") ');
    await queryRunner.query(
      'ALTER TABLE "report_branding" ADD CONSTRAINT "FK_18f24f3f5c0c0885d14edd39814" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_delivery_settings" ADD CONSTRAINT "FK_d082b9760f02d7c0996e03dd310" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_recipient" ADD CONSTRAINT "FK_dc9b44a16ddc6b4a3564fa71234" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report_delivery" ADD CONSTRAINT "FK_7e2e1fba14fb2461100d196a437" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report_delivery" DROP CONSTRAINT "FK_7e2e1fba14fb2461100d196a437"');
    await queryRunner.query(
      'ALTER TABLE "report_recipient" DROP CONSTRAINT "FK_dc9b44a16ddc6b4a3564fa71234"',
    );
    await queryRunner.query(
      'ALTER TABLE "report_delivery_settings" DROP CONSTRAINT "FK_d082b9760f02d7c0996e03dd310"',
    );
    await queryRunner.query('ALTER TABLE "report_branding" DROP CONSTRAINT "FK_18f24f3f5c0c0885d14edd39814"');
    await queryRunner.query('DROP INDEX "public"."IDX_e79f639ffa85070f6a6961ce99"');
    await queryRunner.query('DROP INDEX "public"."IDX_a84e36a0d091c07cec6291be04"');
    await queryRunner.query('ALTER TABLE "report" DROP COLUMN "data_fingerprint"');
    await queryRunner.query('ALTER TABLE "report" DROP COLUMN "parameters"');
    await queryRunner.query('DROP INDEX "public"."IDX_776e020f4ba649ea60be112ea3"');
    await queryRunner.query('DROP INDEX "public"."IDX_57400cf3097615c4052e74240c"');
    await queryRunner.query('DROP TABLE "report_delivery"');
    await queryRunner.query('DROP INDEX "public"."IDX_05da7f94855f09903bb95f9339"');
    await queryRunner.query('DROP TABLE "report_recipient"');
    await queryRunner.query('DROP TABLE "report_delivery_settings"');
    await queryRunner.query('DROP TABLE "report_branding"');
  }
}
