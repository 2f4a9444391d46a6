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

/** How many items an account is planned to publish per weekday (domain: CadencePlan). */
@Entity('cadence_plan')
@Index(['accountId', 'validFrom'])
export class CadencePlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  /** The group whose commitment this is (an agency contract); null: any item of the account fulfils it. */
  @Column({ type: 'text', nullable: true })
  sourcingGroup: string | null;

  /** First local day the plan applies to. */
  @Column({ type: 'date' })
  validFrom: string;

  /** First local day it no longer applies to; null while it runs. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  /** Seven numbers, Sunday first. */
  @Column({ type: 'jsonb' })
  perWeekday: number[];

  /** Outbound kinds that count against the plan; null: posts only (the domain's default). */
  @Column({ type: 'jsonb', nullable: true })
  kinds: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
