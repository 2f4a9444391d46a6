import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('workspace')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short name used on the command line (`--workspace acme`). */
  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  @Column({ type: 'text', default: 'en' })
  locale: string;

  /** Generated demo data: every page and report of this workspace says so. */
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
