import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../auth/permissions.js';
import { MemberDto } from './workspaces.dto.js';

const ROLE_LIST = ROLES.join(', ');

export class AddMemberDto {
  @ApiProperty({ example: 'ana@example.com', description: 'The login name; a new user is created if needed' })
  @IsString()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @Matches(/^[^\s@]+@[^\s@]+$/, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of: ${ROLE_LIST}` })
  role: Role;
}

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of: ${ROLE_LIST}` })
  role: Role;
}

export class AddedMemberDto {
  @ApiProperty({ type: MemberDto }) member: MemberDto;

  @ApiProperty({ description: 'Whether the user was created by this call' }) userCreated: boolean;

  @ApiPropertyOptional({
    description: 'The generated password of a new user: shown this once, stored only as a hash',
  })
  password?: string;
}
