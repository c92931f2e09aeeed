// Whose voice an evaluation is in, and what that makes it worth. An evaluative word is the
// author's, or a quoted speaker's, or the doer's of an act of judging ("X accused Y of …"). The
// author's stance toward the speaker decides how far the speaker's words count as the author's:
// a hostile quote by the author's ally about Y is evidence against Y, the same quote by the
// author's villain is not, and an actor praising itself says little. The speakers are judged in
// turn by whether they agree with the author: a speaker who condemns whom the author condemns is
// on the author's side ("Latvia's minister called it a criminal regime", in an article hostile to
// Belarus).
import type { Span } from '../model/span.js';
import { scoreOf } from './target-sentiment.js';

export interface Party { readonly id: string; readonly country: string }

/** One evaluation of one actor, with the parties voicing it (empty: the author). */
export interface Voiced { readonly actor: Party; readonly value: number; readonly span: Span; readonly voice: readonly Party[] }

export interface Scored { readonly actor: Party; readonly value: number; readonly span: Span }

/** An actor's words about itself or its own country's actors count for this much of a neutral speaker's. */
export const SELF_WEIGHT = 0.5;
/**
 * How the author's stance toward a speaker scales the speaker's words: 1 + stance / TRUST_SCALE,
 * within [0, MAX_TRUST]. Article scores are small (one clear word gives about ±0.4), so a speaker
 * at −0.2 is the text's villain and its words count for nothing.
 */
export const TRUST_SCALE = 0.2;
export const MAX_TRUST = 1.5;
/** Weight of a speaker's agreement (or disagreement) with the author about another actor. */
export const ALIGN_WEIGHT = 0.4;
/** The author's stance toward an actor must be at least this clear to judge a speaker by it. */
export const CLEAR = 0.1;

/**
 * The author's stance toward an actor: its own, or, when that is not clear, its country's (all
 * actors of the country pooled: "Minsk" and "Lukashenko" speak for one side).
 */
export interface StanceView { of(p: Party): number | null }

export function stanceView(items: readonly Scored[]): StanceView {
  const byActor = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  for (const s of items) {
    (byActor.get(s.actor.id) ?? byActor.set(s.actor.id, []).get(s.actor.id)!).push(s.value);
    (byCountry.get(s.actor.country) ?? byCountry.set(s.actor.country, []).get(s.actor.country)!).push(s.value);
  }
  return {
    of: (p) => {
      const own = byActor.get(p.id);
      const score = own ? scoreOf(own) : null;
      if (score !== null && Math.abs(score) >= CLEAR) return score;
      const pooled = byCountry.get(p.country);
      return pooled ? scoreOf(pooled) : score;
    },
  };
}

const sameSide = (a: Party, b: Party): boolean => a.id === b.id || a.country === b.country;

/** How much a speaker's words count, given the author's stance toward the speaker (null: unknown). */
export function trust(stance: number | null): number {
  return stance === null ? 1 : Math.max(0, Math.min(MAX_TRUST, 1 + stance / TRUST_SCALE));
}

/**
 * The author's evidence (`author`, plus event evidence already scored) and the voiced evaluations,
 * weighted by the author's stance toward their voices, with the speakers' agreement as evidence
 * about the speakers.
 */
export function weighVoices(author: readonly Scored[], voiced: readonly Voiced[]): Scored[] {
  const base = stanceView(author);
  const weighed: Scored[] = voiced.map((v) => {
    // Several voices (a joint statement): the least trusted decides.
    const w = Math.min(...v.voice.map((p) => trust(base.of(p)) * (sameSide(p, v.actor) ? SELF_WEIGHT : 1)));
    return { actor: v.actor, value: v.value * (v.voice.length ? w : 1), span: v.span };
  });
  // Agreement is judged against the author's own words only: a speaker's words cannot confirm themselves.
  const agreement: Scored[] = [];
  for (const v of voiced) {
    const about = base.of(v.actor);
    if (about === null || Math.abs(about) < CLEAR) continue;
    const strength = Math.min(1, 2 * Math.abs(v.value));
    for (const p of v.voice) {
      if (sameSide(p, v.actor)) continue;
      agreement.push({ actor: p, value: ALIGN_WEIGHT * Math.sign(v.value) * Math.sign(about) * strength, span: v.span });
    }
  }
  return [...weighed, ...agreement];
}
