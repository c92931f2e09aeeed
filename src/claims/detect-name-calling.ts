// Name calling: a label that insults or praises instead of describing. The cue list holds the
// labels ("puppet", "gambler", "junta", "like dogs"); a label is only name calling when it is
// applied to someone, and structure shows that when the label and an actor mention form one
// phrase: the actor before it ("Washington's puppet", "the Kyiv regime", "X, the gambler"), after
// it through "of/in" ("the gendarme of Paris", "the regime in Caracas") or right after it
// ("dictator X"). Such a label is structural (0.5) over the label's span; one with no actor in
// reach stays lexical. "The regime in X" / "the Y regime in X" with X a capitalised place the
// actors layer did not take for a government ("the regime in Kabul") is the same label (0.45).
import type { Candidate } from './technique-candidate.js';
import type { MentionOnTokens, TechniqueContext } from './technique-context.js';
import type { CueHit } from './technique-cue-matches.js';
import type { TechniqueDetector } from './technique-detector.js';

const LINKS = new Set(['of', 'in', 'from', 'for']);
const BEFORE = 3;

/** An actor mention in one phrase with the label, or undefined. */
function labelled(ctx: TechniqueContext, hit: CueHit): MentionOnTokens | undefined {
  const [from, to] = ctx.sentenceTokens[hit.sentence]!;
  // Inside the cue itself ("{actor} regime").
  for (let k = hit.first; k < hit.last; k++) { const m = ctx.mentionAt.get(k); if (m) return m; }
  // Before: "X's puppet", "X, the gambler", "the X regime" (a mention ending at most BEFORE tokens back, no verb-like gap).
  for (let k = Math.max(from, hit.first - BEFORE); k < hit.first; k++) {
    const m = ctx.mentionAt.get(k);
    if (m && m.last >= hit.first - 2 && ctx.tokens.slice(m.last, hit.first).every((t) => !t.word || /^(?:'s|s|the|a|an|its|their)$/.test(t.norm))) return m;
  }
  // After: "the gendarme of X", "dictator X".
  let k = hit.last;
  if (k < to && LINKS.has(ctx.tokens[k]!.norm)) k++;
  if (k < to && ctx.tokens[k]!.norm === 'the') k++;
  return k < to ? ctx.mentionAt.get(k) : undefined;
}

const LABEL_NOUNS = new Set(['regime', 'junta', 'clique']);
const capitalised = (ctx: TechniqueContext, k: number): boolean => {
  const t = ctx.tokens[k];
  return !!t && t.word && /^\p{Lu}/u.test(ctx.text.slice(t.start, t.end));
};

/** "the regime in Kabul", "the Hindutva regime in X": the label before a capitalised place. */
function regimeIn(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.tokens.forEach((t, k) => {
    if (!LABEL_NOUNS.has(t.norm) || ctx.tokens[k + 1]?.norm !== 'in' || !capitalised(ctx, k + 2)) return;
    const prev = ctx.tokens[k - 1];
    if (!prev || prev.sentence !== t.sentence || (prev.norm !== 'the' && !capitalised(ctx, k - 1))) return;
    let end = k + 2;
    while (capitalised(ctx, end + 1) && ctx.tokens[end + 1]!.sentence === t.sentence) end++;
    const start = prev.norm === 'the' ? prev.start : ctx.tokens[k - 1]!.start;
    out.push({ technique: 'name_calling', start, end: ctx.tokens[end]!.end, cue: `"${t.norm} in" + a capital`, confidence: 0.45, structural: true });
  });
  return out;
}

export function detectNameCalling(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = regimeIn(ctx);
  for (const hit of ctx.hits) {
    if (hit.cue.technique !== 'name_calling') continue;
    const m = labelled(ctx, hit);
    if (!m) continue;
    // The flag keeps the label's own span (what insults); the actor is named in the cue.
    out.push({ technique: 'name_calling', start: hit.start, end: hit.end, cue: `"${hit.words}" applied to ${m.actor.id}`, confidence: 0.5, structural: true });
  }
  return out;
}

export const nameCallingDetector: TechniqueDetector = { name: 'name-calling', detect: detectNameCalling };
