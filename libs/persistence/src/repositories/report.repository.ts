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

  listByWorkspace(workspaceId: string): Promise<ReportEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  findById(workspaceId: string, id: string): Promise<ReportEntity | null> {
    return this.repo.findOneBy({ workspaceId, id });
  }
}
