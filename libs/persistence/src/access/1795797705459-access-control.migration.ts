import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControl1795797705459 implements MigrationInterface {
  name = 'AccessControl1795797705459';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "name" text NOT NULL, "role" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_3c9751d2a6011ba13e27838105e" UNIQUE ("key_hash"), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_ecc615827295b4cd316f6088ae" ON "api_key"  ("workspace_id") ');
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2d427c9fcee4242d77174a9fcc" ON "membership"  ("workspace_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c812b1092cf66d72ddac549a6b" ON "membership"  ("user_id", "workspace_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_9ccf6d901cef4067214284f327e" UNIQUE ("token_hash"), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_13275383dcdf095ee29f2b3455" ON "user_session"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "api_key" ADD CONSTRAINT "FK_ecc615827295b4cd316f6088aea" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_2d427c9fcee4242d77174a9fccd" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_2d427c9fcee4242d77174a9fccd"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"');
    await queryRunner.query('ALTER TABLE "api_key" DROP CONSTRAINT "FK_ecc615827295b4cd316f6088aea"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_13275383dcdf095ee29f2b3455"');
    await queryRunner.query('DROP TABLE "user_session"');
    await queryRunner.query('DROP INDEX "public"."IDX_c812b1092cf66d72ddac549a6b"');
    await queryRunner.query('DROP INDEX "public"."IDX_2d427c9fcee4242d77174a9fcc"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP INDEX "public"."IDX_ecc615827295b4cd316f6088ae"');
    await queryRunner.query('DROP TABLE "api_key"');
  }
}
