import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { AccountEntity } from '../entities/account.entity.js';

/**
 * A publishing application allowed on an account (`Sprout Social`, `Hootsuite`). An account without any is
 * not checked; with some, a post from any other application is a wrong-account suspicion.
 */
@Entity('incident_allowed_application')
@Index(['accountId', 'application'], { unique: true })
export class AllowedApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  /** As the platform names it (compared without regard to case and spacing). */
  @Column({ type: 'text' })
  application: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
