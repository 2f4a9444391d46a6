import type { DataSource, EntityManager } from 'typeorm';
import { ReportBrandingEntity } from './report-branding.entity.js';

/** The branding fields a workspace may set; null clears a field, undefined leaves it as it is. */
export type ReportBrandingChange = Partial<
  Pick<
    ReportBrandingEntity,
    'displayName' | 'logoDataUri' | 'primaryColour' | 'accentColour' | 'footerText' | 'locale'
  >
>;

const FIELDS = {
  displayName: 'display_name',
  logoDataUri: 'logo_data_uri',
  primaryColour: 'primary_colour',
  accentColour: 'accent_colour',
  footerText: 'footer_text',
  locale: 'locale',
} as const;

/** Report branding per workspace (one row, created on the first change). */
export class ReportBrandingRepository {
  constructor(private readonly dataSource: DataSource) {}

  get(
    workspaceId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportBrandingEntity | null> {
    return manager.getRepository(ReportBrandingEntity).findOneBy({ workspaceId });
  }

  /**
   * Changes the given fields; the others keep their values. Returns the branding as stored. `manager`: the
   * caller's transaction, so that the change and its audit entry commit together.
   */
  async update(
    workspaceId: string,
    change: ReportBrandingChange,
    at: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportBrandingEntity> {
    const entries = (Object.entries(change) as [keyof typeof FIELDS, string | null | undefined][]).filter(
      ([, value]) => value !== undefined,
    );
    const columns = entries.map(([key]) => FIELDS[key]);
    const values = entries.map(([, value]) => value);
    const placeholders = values.map((_, i) => `$${i + 3}`);
    await manager.query(
      `INSERT INTO report_branding (workspace_id, updated_at${columns.map((c) => `, ${c}`).join('')})
       VALUES ($1, $2${placeholders.map((p) => `, ${p}`).join('')})
       ON CONFLICT (workspace_id) DO UPDATE SET updated_at = $2${columns.map((c) => `, ${c} = EXCLUDED.${c}`).join('')}`,
      [workspaceId, at, ...values],
    );
    return (await this.get(workspaceId, manager))!;
  }
}
