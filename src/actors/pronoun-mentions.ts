import type { Span } from '../model/span.js';
import type { ResolvedMention } from './resolve-mentions.js';

// Pronouns and definite descriptions that refer back to an actor, resolved only when the
// referent is unambiguous: exactly one candidate of the right sort in the sentence so far and
// the one before it. "It" is left alone: too often it refers to nothing ("it is clear that").

type Sort = 'person' | 'collective' | 'pair' | 'state' | 'igo' | 'group' | 'region';

const ANAPHORS: readonly { re: RegExp; sort: Sort }[] = [
  { re: /\b(?:he|him|his|she|her)\b/gi, sort: 'person' },
  { re: /\bits\b/gi, sort: 'collective' },
  { re: /\b(?:they|their)\b/gi, sort: 'pair' },
  { re: /\bthe (?:country|kingdom|republic|island|nation)\b/gi, sort: 'state' },
  { re: /\bthe (?:alliance|bloc|organi[sz]ation|union)\b/gi, sort: 'igo' },
  // "the Commission" after the EU (or the African Union) named: its executive, coded as the union.
  { re: /\bthe Commission\b/g, sort: 'igo' },
  { re: /\bthe group\b/gi, sort: 'group' },
  { re: /\bthe (?:peninsula|region|province|enclave)\b/gi, sort: 'region' },
];

const fits = (m: ResolvedMention, sort: Sort): boolean => {
  const k = m.target.kind;
  if (sort === 'person') return k === 'person';
  if (sort === 'collective') return k === 'state' || k === 'igo' || k === 'bloc';
  if (sort === 'state') return k === 'state';
  if (sort === 'igo') return k === 'igo';
  if (sort === 'group') return k === 'group' || k === 'armed-group';
  if (sort === 'region') return k === 'region';
  return false;
};

// "Pakistan closed its airspace", "France evacuated its citizens", "the United States and its
// allies": "its" right after its owner's name and a verb (or "and") refers to that name, whoever
// else the sentence names. Only verbs, auxiliaries and adverbs may stand between.
const OWNER_GAP = /^(?:\s+(?:has|have|had|is|was|were|are|will|would|can|could|may|might|must|should|did|does|do|also|not|never|still|already|again|now|then|once|finally|it|that|and|\p{Ll}+(?:ed|es|ing)|(?:says|said|sets|cut|put|shut|keeps|kept|held|holds|took|takes|sent|sends|made|makes|won|lost|left|spent)))*\s+$/u;
const OWNERS = new Set(['state', 'igo', 'bloc', 'organisation', 'media', 'armed-group']);

/** The owner an "its" follows directly, in its own sentence. */
function ownerBefore(text: string, found: readonly ResolvedMention[], sentenceStart: number, start: number): ResolvedMention | null {
  const before = found.filter((f) => f.end <= start && f.start >= sentenceStart);
  const nearest = before[before.length - 1];
  if (!nearest || !OWNERS.has(nearest.target.kind)) return null;
  const gap = text.slice(nearest.end, start);
  if (/^\s+and\s+$/.test(gap)) return nearest;
  // "Sweden cleared the last hurdle when Hungary ratified its membership": with another owner in
  // the sentence, the nearest name is no safer a guess than the other.
  const owners = new Set(before.filter((f) => OWNERS.has(f.target.kind)).map((f) => f.target.id));
  return OWNER_GAP.test(gap) && !/\band\b/.test(gap) && owners.size === 1 ? nearest : null;
}

export function pronounMentions(text: string, sentences: readonly Span[], found: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const { re, sort } of ANAPHORS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const s = sentences.findIndex((x) => x.start <= start && start < x.end);
      const from = sentences[Math.max(0, s - 1)]?.start ?? 0;
      const window = found.filter((f) => f.end <= start && f.start >= from);
      if (sort === 'pair') {
        // "they"/"their": a pair phrase or two coordinated actors, and nothing else.
        const ids = [...new Set(window.map((f) => f.target.id))];
        const targets = ids.map((id) => window.find((f) => f.target.id === id)!.target);
        if (targets.length === 2 && targets.every((t) => t.kind === targets[0]!.kind)) for (const t of targets) out.push({ start, end, target: t });
        continue;
      }
      const owner = sort === 'collective' ? ownerBefore(text, found, sentences[s]?.start ?? 0, start) : null;
      if (owner) {
        out.push({ start, end, target: owner.target });
        continue;
      }
      let candidates = [...new Set(window.filter((f) => fits(f, sort)).map((f) => f.target.id))];
      // "In the video, Protasevich said that he…": the one person the sentence itself has named
      // before the pronoun, over someone of the sentence before.
      const own = window.filter((f) => f.start >= (sentences[s]?.start ?? 0) && fits(f, sort));
      // Not "him"/"her": "Merkel met Putin. Merkel urged him…" — an object is not its own subject.
      if (sort === 'person' && /^(?:he|she|his)$/i.test(m[0]) && candidates.length > 1 && new Set(own.map((f) => f.target.id)).size === 1) candidates = [own[0]!.target.id];
      const others = sort === 'person' ? [] : [...new Set(window.filter((f) => f.target.kind !== 'person' && !fits(f, sort)).map((f) => f.target.id))];
      if (candidates.length !== 1 || (sort === 'collective' && others.length)) continue;
      const target = window.find((f) => f.target.id === candidates[0])!.target;
      out.push({ start, end, target });
    }
  }
  return out;
}
