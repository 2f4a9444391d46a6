// An incident's headline in the reader's language. Detection stores an English sentence as the incident's
// title (evidence of what the rule said when it fired); the report rebuilds the sentence from the rule and the
// structured details of its hit (counts, matched words, reasons) with reports/locales/<locale>.json, so a
// German report has German headlines. A person's title is printed as typed; so is a title whose hit lacks the
// details a sentence needs (an incident recorded before a rule kept them).
import { formatNumber } from '../format/number.formatter.js';
import type { LocaleCatalog } from '../locale/locale-catalog.js';

/** What a headline is made of: plain data, kept in the report models (it survives JSON). */
export interface HeadlineSource {
  /** The title as stored: the fallback, and evidence. */
  title: string;
  /** Reported by a person: the title is theirs and is never replaced. */
  manual: boolean;
  accountHandle: string | null;
  /** The hit that named the incident; null for a manual report or an incident without hits. */
  rule: string | null;
  details: Record<string, unknown>;
  /** The captured text of the incident's item, for the excerpt some sentences quote. */
  text: string | null;
}

/** The fields of an incident (IncidentView) a headline needs. */
export interface HeadlineIncident {
  title: string;
  kind: string;
  reportedBy: string | null;
  accountHandle: string | null;
  hits: readonly Record<string, unknown>[];
  evidence: Record<string, unknown>;
}

export function headlineSource(incident: HeadlineIncident): HeadlineSource {
  const hits = incident.hits;
  // Detection titles the incident with its lead hit's title; the kind is the lead hit's kind.
  const lead =
    hits.find((h) => h.title === incident.title) ?? hits.find((h) => h.kind === incident.kind) ?? hits[0];
  return {
    title: incident.title,
    manual: incident.reportedBy !== null,
    accountHandle: incident.accountHandle,
    rule: lead && typeof lead.rule === 'string' ? lead.rule : null,
    details: isRecord(lead?.details) ? lead.details : {},
    text: capturedText(incident.evidence, lead?.details),
  };
}

/** The headline of one hit (the audit report lists every hit of an incident). */
export function hitHeadlineSource(
  hit: Record<string, unknown>,
  incident: Pick<HeadlineIncident, 'accountHandle' | 'evidence'>,
): HeadlineSource {
  return {
    title: String(hit.title ?? ''),
    manual: false,
    accountHandle: incident.accountHandle,
    rule: typeof hit.rule === 'string' ? hit.rule : null,
    details: isRecord(hit.details) ? hit.details : {},
    text: capturedText(incident.evidence, hit.details),
  };
}

/** The sentence for the reader; the stored title when there is no sentence to build. */
export function incidentHeadline(source: HeadlineSource, catalog: LocaleCatalog): string {
  if (source.manual || source.rule === null) return source.title;
  const sentence = ruleSentence(source, catalog);
  return sentence ?? source.title;
}

type Sentence = { key: string; params: Record<string, string> } | null;

function ruleSentence(source: HeadlineSource, catalog: LocaleCatalog): string | null {
  const d = source.details;
  const num = (value: unknown): string | null =>
    typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, catalog.intlLocale) : null;
  const account = source.accountHandle ? `@${source.accountHandle.replace(/^@/, '')}` : null;
  if (account === null) return null;
  const excerptOf = (max?: number) => (source.text === null ? null : excerpt(source.text, max));

  let sentence: Sentence = null;
  const when = (key: string, params: Record<string, string | null>): Sentence =>
    Object.values(params).every((v) => v !== null) ? { key, params: params as Record<string, string> } : null;

  switch (source.rule) {
    case 'sla-breach-streak':
      sentence = when('slaBreachStreak', { account, count: num(d.breaches) });
      break;
    case 'backlog-surge':
      sentence = when('backlogSurge', { account, peak: num(d.peak), baseline: num(d.baselineMedian) });
      break;
    case 'content': {
      const words = Array.isArray(d.matches)
        ? [...new Set(d.matches.map((m) => (isRecord(m) ? m.match : undefined)))].filter(
            (w): w is string => typeof w === 'string',
          )
        : [];
      sentence = when('content', {
        account,
        words:
          words.length > 0
            ? words.map((w) => catalog.t('incidentHeadlines.quoted', { text: w })).join(', ')
            : null,
        excerpt: excerptOf(),
      });
      break;
    }
    case 'deleted-quickly':
      sentence = when('deletedQuickly', {
        account,
        minutes: typeof d.secondsOnline === 'number' ? num(Math.round(d.secondsOnline / 60)) : null,
        excerpt: excerptOf(),
      });
      break;
    case 'engagement-anomaly':
      sentence = engagementSentence(d, account, num, excerptOf, when);
      break;
    case 'off-duty-publication': {
      const keys: Record<string, string> = {
        outside_shift: 'outsideShift',
        after_assignment_end: 'afterAssignmentEnd',
        outside_assignment: 'outsideAssignment',
      };
      const key = typeof d.reason === 'string' ? keys[d.reason] : undefined;
      sentence = key ? { key, params: { account } } : null;
      break;
    }
    case 'wrong-account': {
      const reasons = Array.isArray(d.reasons) ? d.reasons : [];
      if (reasons.includes('application_not_allowed'))
        sentence = when('applicationNotAllowed', {
          account,
          application: typeof d.application === 'string' ? d.application : null,
        });
      else if (reasons.includes('operator_not_assigned'))
        sentence = { key: 'operatorNotAssigned', params: { account } };
      break;
    }
  }
  return sentence ? catalog.t(`incidentHeadlines.${sentence.key}`, sentence.params) : null;
}

function engagementSentence(
  d: Record<string, unknown>,
  account: string,
  num: (value: unknown) => string | null,
  excerptOf: (max?: number) => string | null,
  when: (key: string, params: Record<string, string | null>) => Sentence,
): Sentence {
  if (d.signal === 'amplification') {
    const reach =
      typeof d.reposts === 'number' && typeof d.quotes === 'number' ? num(d.reposts + d.quotes) : null;
    return d.baselineMedian === null
      ? when('amplificationNoBaseline', { account, reach, excerpt: excerptOf() })
      : when('amplification', { account, reach, baseline: num(d.baselineMedian), excerpt: excerptOf() });
  }
  if (d.signal === 'negative_reply_surge') {
    const from = Date.parse(String(d.from));
    const to = Date.parse(String(d.to));
    const minutes =
      Number.isFinite(from) && Number.isFinite(to) ? num(Math.round((to - from) / 60_000)) : null;
    // The surge is about a post when the incident has one: its text was captured as the evidence.
    const post = excerptOf(40);
    return post === null
      ? when('negativeSurge', { account, items: num(d.items), minutes })
      : when('negativeSurgeAfterPost', { account, items: num(d.items), minutes, excerpt: post });
  }
  return null;
}

/** The item's text: from the incident's evidence, or from the hit (content and deletion rules keep it). */
function capturedText(evidence: Record<string, unknown>, details: unknown): string | null {
  const item = isRecord(evidence.item) ? evidence.item : null;
  if (item && typeof item.text === 'string') return item.text;
  if (isRecord(details) && typeof details.capturedText === 'string') return details.capturedText;
  return null;
}

/** The first `max` characters on one line, as the rules shorten texts in their titles. */
function excerpt(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
