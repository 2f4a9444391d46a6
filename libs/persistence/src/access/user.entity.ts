import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person who logs in to the pages. Table `app_user`: `user` is a reserved word in PostgreSQL. */
@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased: one person, one account, however the address was typed. */
  @Column({ type: 'text', unique: true })
  email: string;

  /** `scrypt$N$r$p$salt$hash` (base64url); never the password. */
  @Column({ type: 'text' })
  passwordHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
