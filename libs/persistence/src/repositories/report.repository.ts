import type { DataSource } from 'typeorm';
import { ReportEntity } from '../entities/report.entity.js';

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
