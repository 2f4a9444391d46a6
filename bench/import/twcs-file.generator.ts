// Writes a twcs-style file of any size with the shape of the real "Customer Support on Twitter" data:
// brands answering customer threads, agent signatures, follow-ups, multi-line texts, reply delays with a
// long tail. Streams to disk (bounded memory) and is deterministic for a seed.
import fs from 'node:fs';
import { once } from 'node:events';
// The project's seeded PRNG (the demo generator and the bootstrap use it too): one implementation.
import { createSeededRandom } from '../../libs/domain/src/statistics/seeded-random.util.js';

export interface TwcsGeneratorOptions {
  rows: number;
  brands: number;
  seed: number;
  /** First tweet time; conversations spread over `days`. */
  start: Date;
  days: number;
}

export interface TwcsGeneratorResult {
  rows: number;
  inbound: number;
  outbound: number;
  /** Customer tweets answered by a brand reply (each has exactly one). */
  answered: number;
  brands: string[];
  bytes: number;
}

const HEADER = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUESTIONS = [
  'my order still has not arrived, can someone help?',
  'the app keeps crashing since the last update 😡',
  'why was I charged twice this month',
  'is there an outage in my area? nothing works',
  'I have been on hold for an hour, this is ridiculous',
];
const ANSWERS = [
  'Sorry to hear that! Could you DM us your order number so we can take a look?',
  'We are sorry for the trouble. Which version of the app are you using?',
  'Thanks for reaching out. Please send us a DM with your account details.',
  "We're not aware of any issues right now. Can you tell us your postcode?",
];
const SIGNERS = ['^RR', '^MM', '^HP', '-Becky', '-Jonas', '^AK', '^LH', '-Chris'];

export async function generateTwcsFile(
  path: string,
  options: TwcsGeneratorOptions,
): Promise<TwcsGeneratorResult> {
  const random = createSeededRandom(options.seed);
  const brands = Array.from(
    { length: options.brands },
    (_, i) => `Brand${String(i + 1).padStart(3, '0')}Help`,
  );
  const out = fs.createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const result: TwcsGeneratorResult = { rows: 0, inbound: 0, outbound: 0, answered: 0, brands, bytes: 0 };
  let buffer = HEADER;
  let nextId = 1_000_000;
  let customer = 500_000;
  const spanSeconds = options.days * 86400;

  while (result.rows < options.rows) {
    // Skewed: a few big brands carry most of the traffic, as in the real data.
    const brand = brands[Math.floor(random.next() ** 2 * brands.length)];
    const user = String(customer++);
    const started = options.start.getTime() / 1000 + random.int(0, spanSeconds - 1);
    // A thread: question, brand answer, sometimes a follow-up and a second answer; ~8% unanswered.
    const turns = random.chance(0.3) ? 2 : 1;
    let at = started;
    let parent: string | null = null;
    for (let turn = 0; turn < turns && result.rows < options.rows; turn++) {
      const questionId = String(nextId++);
      const answered = !random.chance(0.08) && result.rows + 1 < options.rows;
      const answerId = answered ? String(nextId++) : null;
      const multiline = random.chance(0.05);
      const text = `@${brand} ${random.pick(QUESTIONS)}${multiline ? '\nthanks in advance' : ''}`;
      buffer += row(questionId, user, true, at, text, answerId ? [answerId] : [], parent);
      result.rows++;
      result.inbound++;
      if (!answerId) break;
      // Lognormal delay around 20 minutes with a long tail (hours, sometimes a day).
      at += Math.max(5, Math.round(random.lognormal(1200, 1.4)));
      const signer = random.pick(SIGNERS);
      const reply = `@${user} ${random.pick(ANSWERS)} ${signer}`;
      buffer += row(answerId, brand, false, at, reply, [], questionId);
      result.rows++;
      result.outbound++;
      result.answered++;
      parent = answerId;
      at += random.int(60, 3660);
    }
    if (buffer.length > 1 << 20) {
      result.bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  result.bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return result;
}

function row(
  id: string,
  author: string,
  inbound: boolean,
  epochSeconds: number,
  text: string,
  responses: string[],
  inReplyTo: string | null,
): string {
  const quoted = `"${text.replace(/"/g, '""')}"`;
  const responseCell = responses.length > 1 ? `"${responses.join(',')}"` : (responses[0] ?? '');
  return `${id},${author},${inbound ? 'True' : 'False'},${twitterDate(epochSeconds)},${quoted},${responseCell},${inReplyTo ?? ''}\n`;
}

/** `Wed Oct 11 06:55:44 +0000 2017`, the format of the real files. */
function twitterDate(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}
