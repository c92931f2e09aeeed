// Doubt on an actor's standing: "the so-called prime minister X", "the self-proclaimed republic".
// The text denies the actor what its phrase names, which counts against it.
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Give } from './contribution-sink.js';
import { isQuoteMark, type Chunks, type TokenRange } from './stance-chunks.js';

export const DOUBT = new Set(['so-called', 'alleged', 'allegedly', 'supposed', 'supposedly', 'purported', 'purportedly', 'self-proclaimed', 'self-styled', 'pseudo']);
/** Words that put an actor's standing in doubt ("so-called", "self-proclaimed"): a sentence with one is read even without a lexicon word. */
export const DOUBT_WORDS = /\b(?:so[- ]called|self-proclaimed|self-styled|alleged|supposed|purported|pseudo)\b/i;
/** "the so-called prime minister X", "the self-proclaimed republic": the text denies the actor its standing. */
const DOUBTED_ACTOR = -0.6;

/** "the so-called prime minister X", "self-proclaimed authorities of X": a doubt word before an actor's phrase. */
export function doubtedActors(tokens: readonly TaggedToken[], targets: readonly TokenRange[], give: Give, chunks: Chunks): void {
  targets.forEach((r, k) => {
    const c = chunks.at[r.from];
    if (c === undefined || c < 0 || chunks.target[chunks.list[c]!.head] !== k) return;
    for (let j = r.from - 1, seen = 0; j >= 0 && seen < 4; j -= 1) {
      const t = tokens[j]!;
      if (isQuoteMark(t) || t.text === '-') continue;
      seen += 1;
      const so = t.lower === 'called' && tokens[j - 2]?.lower === 'so' ? j - 2 : t.lower === 'called' && tokens[j - 1]?.lower === 'so' ? j - 1 : -1;
      if (DOUBT.has(t.lower) || so >= 0) {
        give([c], DOUBTED_ACTOR, { start: tokens[so >= 0 ? so : j]!.start, end: t.end });
        return;
      }
      // Only through the actor's own phrase: titles, adjectives, a determiner.
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return;
    }
  });
}
