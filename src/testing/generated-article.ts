// Test helper: news-like articles generated from a seed, written for these tests (never text
// from real pages). Sentences are built from word banks with random numbers, so two articles
// from different seeds on the same actors share names and some short phrases, like two real
// reports on one story, but almost no longer runs of words.
import { seededRandom } from '../corpus/seeded-random.js';

export const DEFAULT_ACTORS = [
  'Russia', 'China', 'the United States', 'Ukraine', 'Kazakhstan', 'Belarus', 'the European Union', 'NATO',
  'Japan', 'South Korea', 'India', 'Turkey', 'Iran', 'Poland', 'Germany', 'France',
] as const;

const SPEAKERS = [
  'the foreign minister of {A}', 'a spokesperson for {A}', 'the defence ministry of {A}', 'senior diplomats from {A}',
  'the president of {A}', 'lawmakers in {A}', 'state media in {A}', 'military planners in {A}', 'the embassy of {A}',
  'economists advising {A}', 'the prime minister of {A}', 'an adviser to the leadership of {A}',
];
const VERBS = [
  'said', 'warned', 'announced', 'insisted', 'argued', 'claimed', 'confirmed', 'denied', 'suggested', 'stressed',
  'noted', 'declared', 'told reporters', 'wrote',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = [
  'grain exports', 'energy prices', 'the border dispute', 'joint naval drills', 'new sanctions', 'the gas pipeline',
  'arms deliveries', 'the peace talks', 'trade in rare earths', 'the nuclear agreement', 'visa rules',
  'the port agreement', 'food security', 'cyber attacks', 'the debt talks', 'railway links', 'fishing rights',
  'the customs union', 'oil shipments', 'satellite launches',
];
const PREDICATES = [
  'would resume', 'had stalled', 'were expected to expand', 'could collapse', 'must be reviewed',
  'had reached a record level', 'were being discussed in private', 'would be postponed', 'had been agreed in principle',
  'remained a priority', 'were now at risk', 'would be debated again',
];
const TIMES = [
  'next week', 'before the end of the year', 'in the coming months', 'after the summer', 'by the spring',
  'within days', 'later this month', 'next year', 'after the elections', 'once the winter is over',
];
const EXTRAS = [
  'according to figures released on {D}', 'citing {N} officials familiar with the matter', 'despite objections from {A}',
  'after talks lasting {N} hours', 'while {A} called for restraint', 'as {N} delegates gathered in the capital',
  'amid growing pressure from {A}', 'even though {A} had raised concerns', 'a move that could cost {N} million dollars',
  'with {N} troops said to be on alert', 'weeks after {A} recalled its ambassador', 'in a statement of {N} words',
];
const PLACES = ['Astana', 'Geneva', 'Vienna', 'Istanbul', 'Brussels', 'Minsk', 'Tokyo', 'New Delhi', 'Warsaw', 'Ankara'];
const TITLE_VERBS = ['eyes', 'warns', 'rejects', 'welcomes', 'questions', 'backs', 'delays', 'pushes'];

export interface ArticleOptions {
  readonly paragraphs?: number;
  readonly sentencesPerParagraph?: number;
  /** The actors the article talks about (default: all of DEFAULT_ACTORS). */
  readonly actors?: readonly string[];
}

export interface GeneratedArticle {
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** Title line, blank line, paragraphs separated by blank lines. */
  readonly text: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` sentences from a seed. */
export function generatedSentences(seed: number, count: number, actors: readonly string[] = DEFAULT_ACTORS): string[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[next() % list.length]!;
  const fill = (template: string): string =>
    template
      .replace(/\{A\}/g, () => pick(actors))
      .replace(/\{D\}/g, () => pick(DAYS))
      .replace(/\{N\}/g, () => String(2 + (next() % 4000)));
  const sentence = (): string => {
    if (next() % 3 === 0) {
      return `In ${pick(PLACES)}, ${fill(pick(SPEAKERS))} ${pick(VERBS)} that ${pick(TOPICS)} ${pick(PREDICATES)}, ` +
        `and ${fill(pick(SPEAKERS))} ${pick(VERBS)} the same ${pick(TIMES)}.`;
    }
    return `${capitalise(fill(pick(SPEAKERS)))} ${pick(VERBS)} on ${pick(DAYS)} that ${pick(TOPICS)} ${pick(PREDICATES)} ` +
      `${pick(TIMES)}, ${fill(pick(EXTRAS))}.`;
  };
  return Array.from({ length: count }, sentence);
}

/** An article: a title and paragraphs of generated sentences. */
export function generatedArticle(seed: number, options: ArticleOptions = {}): GeneratedArticle {
  const paragraphCount = options.paragraphs ?? 6;
  const perParagraph = options.sentencesPerParagraph ?? 5;
  const actors = options.actors ?? DEFAULT_ACTORS;
  const sentences = generatedSentences(seed, paragraphCount * perParagraph, actors);
  const next = seededRandom(seed ^ 0x7f4a7c15);
  const title = `${capitalise(actors[next() % actors.length]!)} ${TITLE_VERBS[next() % TITLE_VERBS.length]} ` +
    `${TOPICS[next() % TOPICS.length]} as ${actors[next() % actors.length]} ${PREDICATES[next() % PREDICATES.length]}`;
  const paragraphs = Array.from({ length: paragraphCount }, (_, p) => sentences.slice(p * perParagraph, (p + 1) * perParagraph).join(' '));
  return { title, paragraphs, text: [title, ...paragraphs].join('\n\n') };
}

const PROMO = 'Follow our channel for more exclusive analysis every day, share this article with your friends, ' +
  'and remember to subscribe so that you never miss the latest international news from our {N} editors around the world.';

/**
 * A content-farm repost of an article: a new title line, a header line with another date,
 * time, category and view count, every third sentence repeated, and a promotional paragraph
 * appended.
 */
export function generatedRepost(article: GeneratedArticle, seed: number): string {
  const next = seededRandom(seed);
  const two = (n: number): string => String(n).padStart(2, '0');
  const header = `2024/${two(1 + (next() % 12))}/${two(1 + (next() % 28))}${two(next() % 24)}:${two(next() % 60)}:${two(next() % 60)} ` +
    `international ${100 + (next() % 9000)}`;
  const title = `Shocking: ${article.title.toLowerCase()}, experts say`;
  const body = article.paragraphs.map((p) =>
    p.split(/(?<=\.) /).flatMap((s, i) => (i % 3 === 2 ? [s, s] : [s])).join(' '));
  return [title, header, ...body, PROMO.replace('{N}', String(next() % 500))].join('\n\n');
}
