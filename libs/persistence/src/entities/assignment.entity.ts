import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AccountEntity } from './account.entity.js';
import type { OperatorEntity } from './operator.entity.js';
import type { BusinessHoursWindow } from './account.entity.js';

/** Who is allowed and expected to run an account over [validFrom, validTo), optionally in shift windows. */
@Entity('assignment')
@Index(['accountId', 'operatorId', 'validFrom'], { unique: true })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Index()
  @Column({ type: 'uuid' })
  operatorId: string;

  @ManyToOne('OperatorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  operator?: Relation<OperatorEntity>;

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  /** Exclusive end; null while the assignment runs. */
  @Column({ type: 'timestamptz', nullable: true })
  validTo: Date | null;

  /** Weekly shift windows in the account's time zone; null = on duty throughout. */
  @Column({ type: 'jsonb', nullable: true })
  shifts: BusinessHoursWindow[] | null;
}
