import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AccountEntity } from './account.entity.js';
import type { OperatorEntity } from './operator.entity.js';

/** A signature (`RR` of `^RR`) that names an operator on one account. */
@Entity('operator_alias')
@Index(['accountId', 'signature'], { unique: true })
export class OperatorAliasEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'text' })
  signature: string;

  @Index()
  @Column({ type: 'uuid' })
  operatorId: string;

  @ManyToOne('OperatorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  operator?: Relation<OperatorEntity>;
}
