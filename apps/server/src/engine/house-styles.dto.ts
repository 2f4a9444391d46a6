import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import type { EmojiPolicy, FormOfAddress, HouseStyle } from '#domain';
import type { HouseStyleSettings } from '#persistence';

// The shape only; the rules (language codes, du or Sie, emoji policy, lengths) are checked by the engine
// settings service, as for `ledger house-style set`.

/** The whole style of an account (PUT replaces it): a field left out sets no rule. */
export class HouseStyleInputDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'de',
    description: "The account's language, ISO 639-1; null or absent: not set",
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  language?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    enum: ['du', 'Sie'],
    example: 'du',
    description: 'German form of address; null or absent: either',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  formOfAddress?: FormOfAddress | null;

  @ApiPropertyOptional({ example: true, description: 'Replies must end in a signature (default false)' })
  @IsOptional()
  @IsBoolean()
  signatureRequired?: boolean;

  @ApiPropertyOptional({
    enum: ['allowed', 'forbidden', 'limited'],
    example: 'forbidden',
    description: 'Emoji in outbound items (default allowed)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  emojiPolicy?: EmojiPolicy;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 1,
    description: 'With emojiPolicy limited: at most this many per item; null or absent: 1',
  })
  @IsOptional()
  @IsNumber()
  maxEmoji?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    example: 280,
    description: 'Longest reply in characters; null or absent: any length',
  })
  @IsOptional()
  @IsNumber()
  maxReplyLength?: number | null;
}

export class HouseStyleDto {
  @ApiProperty({ format: 'uuid' }) accountId: string;
  @ApiProperty({ nullable: true, type: String, example: 'de' }) language: string | null;
  @ApiProperty({ nullable: true, enum: ['du', 'Sie'], example: 'du' }) formOfAddress: FormOfAddress | null;
  @ApiProperty() signatureRequired: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The account's signature pattern (set on the account; null: the default pattern)",
  })
  signaturePattern: string | null;
  @ApiProperty({ enum: ['allowed', 'forbidden', 'limited'] }) emojiPolicy: EmojiPolicy;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'null: the default (1) where the policy is limited',
  })
  maxEmoji: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxReplyLength: number | null;
}

export function toHouseStyleSettings(input: HouseStyleInputDto): HouseStyleSettings {
  return {
    language: input.language ?? null,
    formOfAddress: input.formOfAddress ?? null,
    signatureRequired: input.signatureRequired ?? false,
    emojiPolicy: input.emojiPolicy ?? 'allowed',
    ...(input.maxEmoji !== undefined && input.maxEmoji !== null ? { maxEmoji: input.maxEmoji } : {}),
    maxReplyLength: input.maxReplyLength ?? null,
  };
}

export function toHouseStyleDto(style: HouseStyle): HouseStyleDto {
  return {
    accountId: style.accountId,
    language: style.language,
    formOfAddress: style.formOfAddress,
    signatureRequired: style.signatureRequired,
    signaturePattern: style.signaturePattern,
    emojiPolicy: style.emojiPolicy,
    maxEmoji: style.maxEmoji ?? null,
    maxReplyLength: style.maxReplyLength,
  };
}
