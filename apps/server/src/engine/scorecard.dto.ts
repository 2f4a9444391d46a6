import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsObject, IsOptional, ValidateNested } from 'class-validator';
import {
  DEFAULT_RECOMMENDATION_THRESHOLDS,
  DEFAULT_SCORECARD_WEIGHTS,
  resolveSeverityWeights,
  SCORECARD_DIMENSIONS,
  type ScorecardWeights,
} from '#domain';
import type { ScorecardSettings } from '#persistence';

// Numbers only here; their ranges (>= 0, not all 0, decision in (0, 1]) are checked by the engine settings
// service, as for `ledger weights set`.

export class ScorecardWeightsDto {
  @ApiPropertyOptional({ example: DEFAULT_SCORECARD_WEIGHTS.responsiveness })
  @IsOptional()
  @IsNumber()
  responsiveness?: number;

  @ApiPropertyOptional({ example: DEFAULT_SCORECARD_WEIGHTS.engagement })
  @IsOptional()
  @IsNumber()
  engagement?: number;

  @ApiPropertyOptional({ example: DEFAULT_SCORECARD_WEIGHTS.risk })
  @IsOptional()
  @IsNumber()
  risk?: number;

  @ApiPropertyOptional({ example: DEFAULT_SCORECARD_WEIGHTS.cost })
  @IsOptional()
  @IsNumber()
  cost?: number;
}

export class RecommendationThresholdsDto {
  @ApiPropertyOptional({
    example: DEFAULT_RECOMMENDATION_THRESHOLDS.decision,
    description: 'The weighted score decides at or beyond ± this, in (0, 1]',
  })
  @IsOptional()
  @IsNumber()
  decision?: number;

  @ApiPropertyOptional({
    example: DEFAULT_RECOMMENDATION_THRESHOLDS.evidenceShare,
    description: 'Share of the weight that must rest on evidence to decide, in [0, 1]',
  })
  @IsOptional()
  @IsNumber()
  evidenceShare?: number;
}

export class SeverityWeightsDto {
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsNumber() low?: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsNumber() medium?: number;
  @ApiPropertyOptional({ example: 10 }) @IsOptional() @IsNumber() high?: number;
  @ApiPropertyOptional({ example: 30 }) @IsOptional() @IsNumber() critical?: number;
}

/** PATCH: what is given changes, the rest stays. PUT: what is given is set, the rest takes the default. */
export class ScorecardInputDto {
  @ApiPropertyOptional({
    type: ScorecardWeightsDto,
    description: 'Dimension weights (>= 0, not all 0; normalised to sum to 1)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScorecardWeightsDto)
  weights?: ScorecardWeightsDto;

  @ApiPropertyOptional({ type: RecommendationThresholdsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RecommendationThresholdsDto)
  thresholds?: RecommendationThresholdsDto;

  @ApiPropertyOptional({ type: SeverityWeightsDto, description: 'Incident severity weights (>= 0)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SeverityWeightsDto)
  severityWeights?: SeverityWeightsDto;
}

export class ScorecardPartsDto {
  @ApiProperty({ type: ScorecardWeightsDto }) weights: ScorecardWeightsDto;
  @ApiProperty({ type: RecommendationThresholdsDto }) thresholds: RecommendationThresholdsDto;
  @ApiProperty({ type: SeverityWeightsDto }) severityWeights: SeverityWeightsDto;
}

export class ScorecardDto extends ScorecardPartsDto {
  @ApiProperty({
    type: ScorecardWeightsDto,
    description: 'The weights as the recommendation uses them: divided by their sum',
  })
  normalisedWeights: ScorecardWeightsDto;

  @ApiProperty({ type: ScorecardPartsDto, description: "What the workspace set; the rest is the default's" })
  set: ScorecardPartsDto;

  @ApiProperty({ type: ScorecardPartsDto, description: 'The documented defaults (docs/metrics.md)' })
  defaults: ScorecardPartsDto;
}

export function toScorecardSettings(input: ScorecardInputDto): Partial<ScorecardSettings> {
  // Spread into plain objects: the stored JSON must not carry class instances or undefined keys.
  const plain = (part: object | undefined) =>
    Object.fromEntries(Object.entries(part ?? {}).filter(([, v]) => v !== undefined));
  return {
    weights: plain(input.weights),
    thresholds: plain(input.thresholds),
    severityWeights: plain(input.severityWeights),
  };
}

/** The scorecard in force: the workspace's settings over the documented defaults. */
export function toScorecardDto(stored: ScorecardSettings): ScorecardDto {
  const weights: ScorecardWeights = { ...DEFAULT_SCORECARD_WEIGHTS, ...stored.weights };
  const total = SCORECARD_DIMENSIONS.reduce((sum, d) => sum + weights[d], 0);
  return {
    weights,
    thresholds: { ...DEFAULT_RECOMMENDATION_THRESHOLDS, ...stored.thresholds },
    severityWeights: resolveSeverityWeights(stored.severityWeights),
    normalisedWeights: Object.fromEntries(SCORECARD_DIMENSIONS.map((d) => [d, weights[d] / total])),
    set: { weights: stored.weights, thresholds: stored.thresholds, severityWeights: stored.severityWeights },
    defaults: {
      weights: DEFAULT_SCORECARD_WEIGHTS,
      thresholds: DEFAULT_RECOMMENDATION_THRESHOLDS,
      severityWeights: resolveSeverityWeights(),
    },
  };
}
