import type { Span } from '../model/span.js';
import { roleActor, type ActorTarget, type NameValue } from './actor-value.js';
import type { CompiledGazetteer } from './compile-gazetteer.js';
import { matchTokens } from './match-tokens.js';
import type { ResolvedMention, UnplacedBody } from './resolve-mentions.js';

// "The Foreign Ministry said…", "the customs halted imports": a text leaves the country of a
// national institution implicit when the passage, or the whole article, is about one state.
// Precision first: the state is taken only when one is in view — the only state whose officials,
// bodies or forces the sentence, then the paragraph, has named so far; else the article's own
// state (a dateline, the outlet's country, or a clear majority of the officials it names).
// Diplomats are no evidence (an ambassador is posted abroad), nor are legislators, companies or
// the state names themselves ("sanctions on the United States" names a target, not a speaker).

const EXECUTIVE = /^[A-Z]{3}(?:GOV|MIL|COP|SPY)$/;
// "the foreign ministries", "the security services": several states' bodies, not one.
const PLURAL = /\b(?:ministries|services)\b/i;
// A dateline opens a paragraph: "MOSCOW, Nov 25 (Reuters) -", "BEIJING — ".
const DATELINE_AFTER = /^\s*(?:,\s*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\(|—|–)/;

interface Context {
  readonly text: string;
  readonly states: ReadonlyMap<string, ActorTarget>;
}

const isExecutive = (m: ResolvedMention, c: Context): boolean => !m.posted
  && (m.target.kind === 'person' || m.target.kind === 'organisation') && EXECUTIVE.test(m.target.code) && c.states.has(m.target.country);

/** The states whose executive the mentions name. */
const statesNamed = (mentions: readonly ResolvedMention[], c: Context): Set<string> =>
  new Set(mentions.filter((m) => isExecutive(m, c)).map((m) => m.target.country));

/**
 * The state in view: the one the sentence so far names, else the one the paragraph so far names,
 * else the article's. When the passage names several, the article's state only if among them.
 */
function stateInView(sentence: readonly ResolvedMention[], paragraph: readonly ResolvedMention[], main: string | null, c: Context): string | null {
  for (const named of [statesNamed(sentence, c), statesNamed(paragraph, c)]) {
    if (named.size === 1) return [...named][0]!;
    if (named.size > 1) return main && named.has(main) ? main : null;
  }
  // "As TASS reports with reference to the Defence Ministry": a national outlet cites its own state.
  const outlets = new Set(sentence.filter((m) => m.target.kind === 'media' && c.states.has(m.target.country)).map((m) => m.target.country));
  return outlets.size === 1 ? [...outlets][0]! : main;
}

// Rank words between an office and a name: "ministry spokesman Major General Igor Konashenkov".
const RANKS = /^\s*(?:(?:Major|General|Lieutenant|Colonel|Brigadier|Admiral|Rear|Vice|Captain|Commander|Marshal|Sergeant|Dr|Mr|Ms|Mrs)\.?\s+)*$/;

/** "ministry spokesman Major General Igor Konashenkov": the office of a person named right after it. */
const officeOfNamed = (b: UnplacedBody, found: readonly ResolvedMention[], text: string): boolean => {
  if (b.role.refersTo !== 'person') return false;
  const next = found.find((m) => m.start >= b.end);
  if (!next || next.target.kind !== 'person') return false;
  // The chain may have read a rank as an unknown name ("Major"): look from the role's own words.
  const from = b.name ? b.end - b.name.length : b.end;
  return RANKS.test(text.slice(from, next.start)) || RANKS.test(text.slice(b.end, next.start));
};

/** The outlet a page names as its site ("TASS", "Xinhua"), as a media actor of a state. */
function outletState(site: string | null, g: CompiledGazetteer): string | null {
  if (!site) return null;
  const tokens = matchTokens(site);
  for (const m of g.matcher.matchTokens(tokens)) {
    if (m.from !== 0 || m.to !== tokens.length) continue;
    const v = m.values.find((x): x is Extract<NameValue, { type: 'actor' }> => x.type === 'actor' && x.actor.kind === 'media');
    if (v && g.states.has(v.actor.country)) return v.actor.country;
  }
  return null;
}

/** The state the whole article is about, when its text or its page says so unambiguously. */
export function articleState(text: string, paragraphs: readonly Span[], found: readonly ResolvedMention[], site: string | null,
  g: CompiledGazetteer): string | null {
  const c: Context = { text, states: g.states };
  for (const p of paragraphs.slice(0, 4)) {
    const m = found.find((f) => f.start === p.start);
    if (m && /^\P{Ll}{4,}$/u.test(text.slice(m.start, m.end)) && DATELINE_AFTER.test(text.slice(m.end, m.end + 8)) && c.states.has(m.target.country)) return m.target.country;
  }
  const counts = new Map<string, number>();
  for (const m of found) if (isExecutive(m, c)) counts.set(m.target.country, (counts.get(m.target.country) ?? 0) + 1);
  const outlet = outletState(site, g);
  // An outlet's country counts only when the article names that state's officials at all:
  // a Moscow wire story about Chile says nothing about Russia's ministries.
  if (outlet && counts.has(outlet)) return outlet;
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 4 && top[1] >= 1.5 * (second?.[1] ?? 0) ? top[0] : null;
}

/** Gives each national institution named without its country the state in view, where one is. */
export function nationalBodies(text: string, sentences: readonly Span[], paragraphs: readonly Span[], unplaced: readonly UnplacedBody[],
  found: readonly ResolvedMention[], site: string | null, g: CompiledGazetteer): ResolvedMention[] {
  if (!unplaced.length) return [];
  const c: Context = { text, states: g.states };
  const main = articleState(text, paragraphs, found, site, g);
  const out: ResolvedMention[] = [];
  const within = (spans: readonly Span[], at: number): Span => spans.find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length };
  for (const b of unplaced) {
    if (PLURAL.test(text.slice(b.start, b.end)) || officeOfNamed(b, found, text)) continue;
    const before = [...found, ...out].filter((m) => m.end <= b.start);
    const sentence = within(sentences, b.start);
    const paragraph = within(paragraphs, b.start);
    const country = stateInView(before.filter((m) => m.start >= sentence.start), before.filter((m) => m.start >= paragraph.start), main, c);
    const state = country ? g.states.get(country) : undefined;
    if (state) out.push({ start: b.start, end: b.end, target: roleActor(state, b.role, b.name ?? undefined) });
  }
  return out;
}
