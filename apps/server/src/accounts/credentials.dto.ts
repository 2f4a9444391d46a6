import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, Length } from 'class-validator';

/**
 * An account's platform credentials, write-only: stored sealed (AES-256-GCM), never answered or logged. A
 * PUT replaces what was stored. Which fields a platform takes: x, facebook, instagram, mastodon `token`
 * (mastodon also `instanceUrl`); bluesky `appPassword` (and `identifier` when the login is not the handle,
 * `pdsUrl` for a self-hosted PDS).
 */
export class PutCredentialsDto {
  @ApiPropertyOptional({ description: 'Access token (x, facebook, instagram, mastodon)', writeOnly: true })
  @IsOptional()
  @IsString()
  @Length(1, 4096, { message: 'token must be 1 to 4096 characters' })
  token?: string;

  @ApiPropertyOptional({ description: 'Bluesky app password (not the account password)', writeOnly: true })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'appPassword must be 1 to 200 characters' })
  appPassword?: string;

  @ApiPropertyOptional({ description: 'Bluesky login name, if not the handle' })
  @IsOptional()
  @IsString()
  @Length(1, 253, { message: 'identifier must be 1 to 253 characters' })
  identifier?: string;

  @ApiPropertyOptional({ example: 'https://mastodon.social', description: 'Mastodon: the instance' })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] }, { message: 'instanceUrl must be a URL' })
  instanceUrl?: string;

  @ApiPropertyOptional({ description: 'Bluesky: a self-hosted PDS for the login' })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] }, { message: 'pdsUrl must be a URL' })
  pdsUrl?: string;
}

/** What is stored, by name only. */
export class CredentialsStoredDto {
  @ApiProperty({ format: 'uuid' }) accountId: string;
  @ApiProperty({ type: [String], example: ['token'], description: 'Names of the secret fields stored' })
  secretFields: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Settings (not secret)',
  })
  settings: Record<string, string>;
  @ApiProperty({ description: 'Fingerprint of the key the secret is sealed with (not the key)' })
  keyId: string;
}
