import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sourcing groups with a validity period. Existing data carries over: each operator's group (the one the
// latest roster set) becomes one membership from the beginning of time, open-ended, so every figure is what
// it was before the migration until a roster or the API records a move.

export class OperatorGroupMembership1795820254042 implements MigrationInterface {
  name = 'OperatorGroupMembership1795820254042';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "operator_group_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "operator_id" uuid NOT NULL, "sourcing_group" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_to" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_db6e009a005faa5aa6467f4b895" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_62c98db6ba88240285c40f5c81" ON "operator_group_membership"  ("workspace_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6f428a632408ad2eb18e1fdb9c" ON "operator_group_membership"  ("operator_id", "valid_from") ',
    );
    await queryRunner.query(
      'ALTER TABLE "operator_group_membership" ADD CONSTRAINT "FK_a636f7e8fa440ab3f5c1ed28f28" FOREIGN KEY ("operator_id") REFERENCES "operator"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `INSERT INTO operator_group_membership (workspace_id, operator_id, sourcing_group, valid_from, valid_to)
       SELECT workspace_id, id, sourcing_group, NULL, NULL FROM operator WHERE sourcing_group IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "operator_group_membership" DROP CONSTRAINT "FK_a636f7e8fa440ab3f5c1ed28f28"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_6f428a632408ad2eb18e1fdb9c"');
    await queryRunner.query('DROP INDEX "public"."IDX_62c98db6ba88240285c40f5c81"');
    await queryRunner.query('DROP TABLE "operator_group_membership"');
  }
}
