import type { DataSource } from 'typeorm';
import { ReportEntity } from '../entities/report.entity.js';
import type { PageOf, PageRequest } from './page.util.js';

export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ReportEntity);
  }

  save(report: Omit<ReportEntity, 'id' | 'createdAt'>): Promise<ReportEntity> {
    return this.repo.save(this.repo.create(report));
  }

  /** Every report, newest first, across workspaces (the server's list until workspaces get logins). */
  listAll(limit = 200): Promise<ReportEntity[]> {
    return this.repo.find({ order: { createdAt: 'DESC' }, take: limit });
  }

  /** By id alone; callers that act for a workspace use findById(workspaceId, id). */
  findAnyById(id: string): Promise<ReportEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** One page of the workspace's reports, newest first. */
  async pageByWorkspace(workspaceId: string, page: PageRequest): Promise<PageOf<ReportEntity>> {
    const [rows, total] = await this.repo.findAndCount({
      where: { workspaceId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }

  /** The workspace's report one of whose files has this SHA-256 (the newest, should two share it). */
  findBySha256(workspaceId: string, sha256: string): Promise<ReportEntity | null> {
    return this.repo.findOne({
      where: [
        { workspaceId, htmlSha256: sha256 },
        { workspaceId, pdfSha256: sha256 },
      ],
      order: { createdAt: 'DESC' },
    });
  }

  listByWorkspace(workspaceId: string): Promise<ReportEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  /** The latest report of a kind for the period starting at `periodFrom`, if one was issued. */
  findLatestForPeriod(workspaceId: string, kind: string, periodFrom: Date): Promise<ReportEntity | null> {
    return this.repo.findOne({ where: { workspaceId, kind, periodFrom }, order: { createdAt: 'DESC' } });
  }

  findById(workspaceId: string, id: string): Promise<ReportEntity | null> {
    return this.repo.findOneBy({ workspaceId, id });
  }
}
