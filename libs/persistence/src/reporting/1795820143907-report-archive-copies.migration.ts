import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The archive keeps its own copy of every issued file (html_path, pdf_path under the data directory); the
 * copies written where the user asked (`--out`) are recorded apart. Reports issued before this migration
 * keep their paths as they were: their only file is the one in the user's folder.
 */
export class ReportArchiveCopies1795820143907 implements MigrationInterface {
  name = 'ReportArchiveCopies1795820143907';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report" ADD "html_copy_path" text');
    await queryRunner.query('ALTER TABLE "report" ADD "pdf_copy_path" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report" DROP COLUMN "pdf_copy_path"');
    await queryRunner.query('ALTER TABLE "report" DROP COLUMN "html_copy_path"');
  }
}
