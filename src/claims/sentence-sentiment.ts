// Sentiment toward targets in one sentence, read from the clause structure rather than from a
// bag of words: each evaluative word of the lexicon is given to whom it is about — the doer of an
// action ("X bullies"), the one an act of judging is done to ("condemned X", "X was praised"),
// the head a word modifies ("the hypocritical X"), the owner of what is evaluated ("X's
// hegemony", "the arrogance of X"), or the subject of a copula ("X is the culprit", "X is not
// qualified"). Negation reverses (damped), modality and scare quotes weaken. Targets are token
// ranges: actor mentions for the stance stage, any span for a benchmark.
import type { TaggedToken } from '../events/tag-sentence.js';
import { contributionSink, type Contribution } from './contribution-sink.js';
import { DOUBT, doubtedActors } from './doubted-actors.js';
import type { StanceLexicon } from './lexicon-index.js';
import { readClause } from './read-clause.js';
import { readNounPhrases } from './read-noun-phrases.js';
import { scoreHits } from './score-hits.js';
import type { SentimentOptions } from './sentiment-options.js';
import { findChunks, type TokenRange } from './stance-chunks.js';
import { findClauses } from './stance-clauses.js';
import { untitledTokens } from './stance-headline.js';
import { unclaimedWords } from './unclaimed-words.js';

export function sentenceSentiment(given: readonly TaggedToken[], targets: readonly TokenRange[], lex: StanceLexicon, opts: SentimentOptions = {}): Contribution[] {
  if (!targets.length) return [];
  const tokens = untitledTokens(given, targets, lex);
  const chunks = findChunks(tokens, targets);
  const scored = scoreHits(tokens, chunks, lex, opts.weightAt);
  if (!scored.length && !tokens.some((t) => DOUBT.has(t.lower) || t.lower === 'called')) return [];
  const hitAt = new Int32Array(tokens.length).fill(-1);
  scored.forEach((s, k) => hitAt.fill(k, s.hit.from, s.hit.to));
  // "the invasion of Ukraine", "the defeat of Russia": after an act's noun, "of" names whom it is
  // done to, not its owner; a judgement's too ("criticism of X" is read by readNounPhrases).
  const actedOn = new Set<number>();
  chunks.list.forEach((c, k) => {
    const h = hitAt[c.head]!;
    const kind = h >= 0 ? scored[h]!.hit.entry.kind : undefined;
    if (kind === 'action' || kind === 'shifter' || kind === 'judgement') actedOn.add(k);
  });
  const { give, best, claimed } = contributionSink(chunks, targets, actedOn);
  readNounPhrases(tokens, chunks, scored, hitAt, give);
  doubtedActors(tokens, targets, give, chunks);
  const opposed = opts.opposedShare ?? 0;
  for (const clause of findClauses(tokens, chunks)) readClause(tokens, chunks, clause, scored, hitAt, give, opposed);
  if (opts.fallback) unclaimedWords(tokens, targets, scored, best, opts.fallback, (i) => actedOn.has(chunks.at[i] ?? -1), claimed, opts.quoteAt);
  return [...best.values()];
}
