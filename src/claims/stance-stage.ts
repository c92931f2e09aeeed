// Stance toward each actor and the document's tone (SPEC §1.6). Every sentence that names an
// actor is tagged once and read clause by clause (sentence-sentiment.ts): each evaluative word of
// the lexicon counts for the actor it is about, not for every actor of the sentence. Words in a
// quotation or an act of judging are their speaker's: they count by what the author's own words
// make of the speaker, and say which side the speaker is on (stance-voices.ts). Asserted material
// conflict adds a little, against its doer or for its victim (stance-events.ts). Only actors with
// evidence get an entry. Tone is a plain lexicon count over all the words (tone-count.ts).
import type { Stage } from '../core/pipeline.js';
import type { EventsLayer } from '../events/events-stage.js';
import { MAX_SENTENCE_CHARS } from '../events/events-stage.js';
import { placeMentions, sentenceView } from '../events/sentence-view.js';
import type { ActorRef, Quote, Stance } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { DOUBT_WORDS } from './doubted-actors.js';
import { defaultStanceLexicon } from './lexicon-file.js';
import type { StanceLexicon } from './lexicon-index.js';
import type { QuotesInput, QuotesLayer } from './quotes-stage.js';
import { sentenceSentiment } from './sentence-sentiment.js';
import { OPPOSED_SHARE, SENTENCE_FALLBACK } from './sentiment-options.js';
import { eventEvidence } from './stance-events.js';
import { stanceView, weighVoices, type Party, type Scored, type Voiced } from './stance-voices.js';
import { scoreOf } from './target-sentiment.js';
import { countTone } from './tone-count.js';

export interface StanceLayer { readonly stance: readonly Stance[]; readonly tone: number }

export type StanceInput = QuotesInput & EventsLayer & QuotesLayer;

/**
 * Words inside a quotation are the speaker's stance, which the author reports but need not share:
 * they count half. Not nothing, because partisan texts mostly quote those they agree with (and
 * the quotes stage also marks reported speech, "X said that …", which is often the author's own
 * framing in another's mouth).
 */
export const QUOTED_WEIGHT = 0.5;

interface Tally { readonly actor: string; readonly country: string; readonly values: number[]; readonly spans: Span[] }

const round = (v: number): number => Math.round(v * 1000) / 1000;

const inside = (s: Span, q: Span): boolean => s.start >= q.start && s.end <= q.end;

function quotedWeight(quotes: readonly { span: Span }[]): (span: Span) => number {
  const spans = quotes.map((q) => q.span);
  return (s) => (spans.some((q) => inside(s, q)) ? QUOTED_WEIGHT : 1);
}

/** The speaker of the quotation a span lies in, or whose cue it is ("accused X of …"), if the quotes stage found one. */
const speakerAt = (quotes: readonly Quote[], s: Span): ActorRef | null =>
  quotes.find((q) => q.speaker && (inside(s, q.span) || (q.cueSpan && s.start < q.cueSpan.end && s.end > q.cueSpan.start)))?.speaker ?? null;

export function stanceStageWith(lex: StanceLexicon): Stage<StanceInput, StanceLayer> {
  return {
    name: 'stance',
    run({ text, sentences, actors, events, quotes }) {
      const weightAt = quotedWeight(quotes);
      const tone = countTone(text, lex);
      const quoteAt = (s: Span): Span | null => quotes.find((q) => inside(s, q.span))?.span ?? null;
      const author: Scored[] = [];
      const voiced: Voiced[] = [];
      const tallies = new Map<string, Tally>();
      const tally = (actor: string, country: string, value: number, span: Span): void => {
        if (!value) return;
        let t = tallies.get(actor);
        if (!t) tallies.set(actor, (t = { actor, country, values: [], spans: [] }));
        t.values.push(value);
        t.spans.push(span);
      };
      const mentions = placeMentions(actors);
      let m = 0;
      let w = 0;
      sentences.forEach((span, index) => {
        while (m < mentions.length && mentions[m]!.end <= span.start) m += 1;
        if (m >= mentions.length || mentions[m]!.start >= span.end) return; // no actor, nothing to read
        // Tagging is the cost: a sentence without a word the lexicon knows is not tagged.
        while (w < tone.candidates.length && tone.candidates[w]! < span.start) w += 1;
        if ((w >= tone.candidates.length || tone.candidates[w]! >= span.end) && !DOUBT_WORDS.test(text.slice(span.start, span.end))) return;
        // Tables and lists run together: the events stage reports them; they carry no stance.
        if (span.end - span.start > MAX_SENTENCE_CHARS) return;
        const view = sentenceView(text, index, span, mentions.slice(m, m + 400));
        for (const c of sentenceSentiment(view.tokens, view.slots, lex, { weightAt, fallback: SENTENCE_FALLBACK, quoteAt, opposedShare: OPPOSED_SHARE })) {
          const speaker = speakerAt(quotes, c.span);
          const voice: readonly Party[] = speaker ? [speaker] : (c.judges ?? []).flatMap((k) => view.slots[k]!.actors);
          for (const a of view.slots[c.target]!.actors) {
            const item = { actor: { id: a.id, country: a.country }, value: c.value, span: c.span };
            if (voice.length) voiced.push({ ...item, voice });
            else author.push(item);
          }
        }
      });
      // Net polarity of each sentence, from the tone count's words.
      const leaning = new Float64Array(sentences.length);
      let s = 0;
      for (const h of tone.hits) {
        while (s < sentences.length && sentences[s]!.end <= h.span.start) s += 1;
        if (s < sentences.length && sentences[s]!.start <= h.span.start) leaning[s] = (leaning[s] ?? 0) + h.entry.weight * weightAt(h.span);
      }
      const acts: Scored[] = eventEvidence(events, (i) => leaning[i] ?? 0, tone.tone, weightAt, stanceView(author).of)
        .map((e) => ({ actor: { id: e.actor, country: e.country }, value: e.value, span: e.span }));
      for (const e of [...author, ...acts, ...weighVoices([...author, ...acts], voiced)]) tally(e.actor.id, e.actor.country, e.value, e.span);
      const order = new Map(actors.map((a, i) => [a.id, i]));
      const stance: Stance[] = [...tallies.values()]
        .sort((a, b) => (order.get(a.actor) ?? 0) - (order.get(b.actor) ?? 0))
        .map((t) => ({
          actor: t.actor,
          country: t.country,
          score: round(scoreOf(t.values)),
          evidence: [...new Map(t.spans.map((x) => [`${x.start}:${x.end}`, x])).values()].sort((a, b) => a.start - b.start || a.end - b.end),
        }));
      return { stance, tone: tone.tone };
    },
  };
}

/** The stage with the bundled lexicon (data/stance/lexicon.json), loaded on first use. */
export const stanceStage: Stage<StanceInput, StanceLayer> = {
  name: 'stance',
  run: (doc) => stanceStageWith(defaultStanceLexicon()).run(doc),
};
