import { buildBreakdown } from '../model/breakdown.util.js';
import { estimateProportion } from '../statistics/wilson-interval.util.js';
import type {
  StyleBreak,
  ItemStyleCheck,
  StyleInput,
  StyleResult,
  StyleRule,
  StyleSummary,
} from './house-style.types.js';
import { checkHouseStyle } from './house-style.util.js';

export function summarizeStyleChecks(checks: readonly ItemStyleCheck[]): StyleSummary {
  const byRule: Record<StyleRule, number> = {
    'form-of-address': 0,
    signature: 0,
    emoji: 0,
    'reply-length': 0,
  };
  let checked = 0;
  let breaking = 0;
  for (const check of checks) {
    if (!check.checked) continue;
    checked += 1;
    if (check.breaks.length > 0) breaking += 1;
    for (const found of check.breaks) byRule[found.rule] += 1;
  }
  return {
    checked,
    breaking,
    share: checked > 0 ? breaking / checked : null,
    shareEstimate: estimateProportion(breaking, checked),
    byRule,
    unchecked: checks.length - checked,
  };
}

// One shared (frozen) empty list for the unchecked items: most accounts of a large workspace have no style.
const NO_BREAKS: readonly StyleBreak[] = Object.freeze([]);

/**
 * Every outbound item against its account's house style, and per sourcing group and account the share
 * of checked items that break it. Items of accounts without a house style are counted as unchecked.
 */
export function computeStyleBreaks(input: StyleInput): StyleResult {
  const styles = new Map(input.styles.map((style) => [style.accountId, style]));
  const checks: ItemStyleCheck[] = input.items.map((item) => {
    const style = styles.get(item.accountId);
    return style
      ? { item, checked: true, breaks: checkHouseStyle(item, style) }
      : { item, checked: false, breaks: NO_BREAKS };
  });
  return { ...buildBreakdown(checks, (check) => check.item, summarizeStyleChecks), checks };
}
