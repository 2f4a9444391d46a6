import type { EmojiPolicy, FormOfAddress, HouseStyle } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A house style as set by a person: everything but the account's signature pattern (kept on the account). */
export type HouseStyleSettings = Omit<HouseStyle, 'accountId' | 'signaturePattern'>;

/** House styles per account (METRICS.md tone; domain: HouseStyle). */
export class HouseStyleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The styles of the workspace's accounts, each with its account's signature pattern. */
  async listByWorkspace(workspaceId: string): Promise<HouseStyle[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT h.account_id, h.language, h.form_of_address, h.signature_required, h.emoji_policy, h.max_emoji,
              h.max_reply_length, a.signature_pattern
       FROM house_style h JOIN account a ON a.id = h.account_id
       WHERE h.workspace_id = $1 ORDER BY h.account_id`,
      [workspaceId],
    );
    return rows.map((r) => ({
      accountId: r.account_id as string,
      language: (r.language as string | null) ?? null,
      formOfAddress: (r.form_of_address as FormOfAddress | null) ?? null,
      signatureRequired: r.signature_required as boolean,
      signaturePattern: (r.signature_pattern as string | null) ?? null,
      emojiPolicy: r.emoji_policy as EmojiPolicy,
      ...(r.max_emoji === null ? {} : { maxEmoji: r.max_emoji as number }),
      maxReplyLength: (r.max_reply_length as number | null) ?? null,
    }));
  }

  /** Sets the account's style, replacing the previous one. */
  async set(
    workspaceId: string,
    accountId: string,
    style: HouseStyleSettings,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO house_style (account_id, workspace_id, language, form_of_address, signature_required,
                                emoji_policy, max_emoji, max_reply_length)
       VALUES ($2, $1, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (account_id) DO UPDATE SET
         language = EXCLUDED.language, form_of_address = EXCLUDED.form_of_address,
         signature_required = EXCLUDED.signature_required, emoji_policy = EXCLUDED.emoji_policy,
         max_emoji = EXCLUDED.max_emoji, max_reply_length = EXCLUDED.max_reply_length, updated_at = now()`,
      [
        workspaceId,
        accountId,
        style.language,
        style.formOfAddress,
        style.signatureRequired,
        style.emojiPolicy,
        style.maxEmoji ?? null,
        style.maxReplyLength,
      ],
    );
  }
}
