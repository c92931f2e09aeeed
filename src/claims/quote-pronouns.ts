// "He said …" where the actors layer names no one: the pronoun takes the person most recently in
// view — the person quoted last (news prose continues a quote with "he added") or the person named
// last, whichever is later — unless a capitalised name the gazetteer does not know comes in
// between ("Vitaly Churkin answered. He said …"): then it stays unresolved.
import type { ActorRef, Quote } from '../model/analysis.js';
import { mentionCovering, mentionsWithin, type PlacedMention } from './quote-mentions.js';
import { personName } from './quote-speaker-context.js';

/** A pronoun further than this from the person it would stand for is not resolved. */
const MAX_PRONOUN_DISTANCE = 1500;
const NOT_NAME_STARTS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their',
  'after', 'before', 'since', 'when', 'while', 'as', 'for', 'from', 'with', 'by', 'of', 'to', 'if', 'then', 'however', 'meanwhile', 'some', 'many',
  'photo', 'source', 'on', 'last', 'next', 'both', 'all', 'our', 'we', 'they', 'he', 'she', 'it']);
/** Two capitalised words opening a sentence: a subject named ("Vitaly Churkin answered"). */
const NAME_PAIR = /(?:^[\s"”’»]*|[.!?]["”’»]?\s+|\n\s*)(\p{Lu}[\p{Ll}'’-]+) \p{Lu}[\p{Ll}'’-]+/gu;

/** A person in view, and where the text last showed them. */
interface InView { readonly ref: ActorRef; readonly end: number }

const isPerson = (ref: ActorRef | null | undefined): ref is ActorRef => !!ref && ref.id.startsWith('person:');

/** Whether a sentence in text[from, to) opens with a name the gazetteer does not know. */
function unknownName(text: string, from: number, to: number, mentions: readonly PlacedMention[]): boolean {
  for (const m of text.slice(from, to).matchAll(NAME_PAIR)) {
    const name = from + m.index + m[0].indexOf(m[1]!);
    if (!NOT_NAME_STARTS.has(m[1]!.toLowerCase()) && !mentionCovering(mentions, name)) return true;
  }
  return false;
}

/** The last person mention ending at or before `pos`, within reach. */
function lastPersonMention(mentions: readonly PlacedMention[], pos: number): InView | null {
  const near = mentionsWithin(mentions, { start: Math.max(0, pos - MAX_PRONOUN_DISTANCE), end: pos });
  for (let i = near.length - 1; i >= 0; i -= 1) {
    const ref = near[i]!.actors.find((a) => isPerson(a));
    if (ref) return { ref, end: near[i]!.end };
  }
  return null;
}

/** The quotes with unresolved "he"/"she" speakers resolved to the person most recently in view. */
export function resolvePronounSpeakers(text: string, quotes: readonly Quote[], mentions: readonly PlacedMention[]): Quote[] {
  const at = (q: Quote): number => q.speakerSpan?.start ?? q.span.start;
  const order = quotes.map((_, i) => i).sort((a, b) => at(quotes[a]!) - at(quotes[b]!));
  const out = [...quotes];
  let quoted: InView | null = null;
  let unresolvedEnd = -1;
  for (const i of order) {
    const q = out[i]!;
    const start = q.speakerSpan?.start ?? -1;
    if (q.speaker === null && start >= 0 && /^(?:he|she|him|his|her)$/i.test(q.speakerText ?? '')) {
      const named = lastPersonMention(mentions, start);
      const candidates: InView[] = [quoted, named].filter((c): c is InView => c !== null && c.end <= start && start - c.end <= MAX_PRONOUN_DISTANCE);
      const recent: InView | undefined = candidates.sort((a, b) => b.end - a.end)[0];
      // A later quote of someone who is not a known person ("Mohammed Abdulsalam said: …. He said …") hides the candidate.
      const hidden = recent !== undefined && unresolvedEnd > recent.end;
      if (recent && !hidden && !unknownName(text, recent.end, start, mentions)) out[i] = { ...q, speaker: recent.ref };
    }
    const speaker: ActorRef | null = out[i]!.speaker;
    const end = Math.max(q.span.end, q.cueSpan?.end ?? 0, q.speakerSpan?.end ?? 0);
    // A named person the gazetteer lacks, resolved to their state ("Ambassador of Russia … Sergei Nechayev"), is in view too.
    if (isPerson(speaker) || (speaker && q.speakerText && personName(q.speakerText))) quoted = { ref: speaker!, end };
    else if (q.speakerSpan && speaker === null) unresolvedEnd = end;
  }
  return out;
}
