import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { HolidayCalendar } from '#domain';
import type { AccountEntity } from '../entities/account.entity.js';

/**
 * The holiday calendar that closes an account on days its weekly hours would open it (METRICS.md: business
 * hours are "time zone, weekly schedule, holidays"). One row per account that has one; no row: no holidays.
 */
@Entity('account_holidays')
export class AccountHolidaysEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @OneToOne('AccountEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'uuid' })
  workspaceId: string;

  /** Country, state and region of the date-holidays calendar, holiday types, closed and open days. */
  @Column({ type: 'jsonb' })
  calendar: HolidayCalendar;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
