import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '../auth/permissions.js';
import { BrandingDto } from './workspace-settings.dto.js';

export class WorkspaceSummaryDto {
  @ApiProperty({ example: 'demo' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty() isDemo: boolean;
  @ApiProperty({ enum: ROLES, description: "The caller's role in it" }) role: string;
}

export class WorkspaceDto extends WorkspaceSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Europe/Vienna' }) timeZone: string;
  @ApiProperty({ example: 'en' }) locale: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [String], description: 'What the caller may do here' }) permissions: string[];
  @ApiProperty({ type: BrandingDto, description: 'What reports are issued under' }) branding: BrandingDto;
}

export class MeDto {
  @ApiProperty({ enum: ['user', 'api-key'] }) kind: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional({ description: 'Name of the API key' }) keyName?: string;
  @ApiProperty({ type: [WorkspaceSummaryDto] }) workspaces: WorkspaceSummaryDto[];
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty() createdAt: Date;
}
