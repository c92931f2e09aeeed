// Reported (indirect) speech in one sentence: a speaker, a cue and the reported clause — "Putin
// said that the West is pushing …" (content after "that", else right after a `clause` cue, up to
// the end of the sentence), "X told reporters that …", "according to Sputnik, …", "Zakharova: the
// West …", and the trailing forms "…, Lavrov said." / "…, said Lavrov." / "As Putin said, …".
// Cues inside quotation marks and cues already attributing a direct quote are skipped.
import { clauseStart } from './clause-start.js';
import type { QuoteScene } from './quote-scene.js';
import { wordCount, type Token } from './quote-tokens.js';
import { MIN_CONTENT_WORDS, type ReportedSpeech, type SentenceScope } from './reported-content.js';
import { reportedFromColon, reportedFromPhrase } from './reported-from-phrase.js';
import { reportedFromVerb } from './reported-from-verb.js';
import { complementStart } from './speech-complement.js';
import { cueAt, type CueMatch } from './speech-cue-match.js';

/** Whether a statement's content is a complement ("agreed to stop", "urged X to"), not a clause of its own. */
function fromComplement(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch, found: ReportedSpeech): boolean {
  if (cue.form.complements.length === 0 || (cue.form.takes !== 'quote' && clauseStart(scene, tokens, cue) !== null)) return false;
  const k = complementStart(tokens, cue);
  return k !== null && tokens[k]!.start === found.span.start;
}

/** Every reported statement of one sentence, in order of its cue. */
export function reportedSpeech(scene: QuoteScene, scope: SentenceScope): ReportedSpeech[] {
  const { tokens } = scope;
  if (tokens.length === 0) return [];
  const out: ReportedSpeech[] = [];
  const complementOnly = new Set<ReportedSpeech>();
  const colon = reportedFromColon(scene, scope);
  if (colon) out.push(colon);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || scope.regionAt(t.start)) continue;
    const cue = cueAt(tokens, i, scene.cues, scene.mentions);
    if (!cue) continue;
    i = cue.to;
    if (scope.used.has(cue.span.start) || (cue.form.takes === 'quote' && cue.form.complements.length === 0)) continue;
    const found = cue.form.takes === 'phrase' ? reportedFromPhrase(scene, scope, cue) : reportedFromVerb(scene, scope, cue);
    if (!found) continue;
    out.push(found);
    if (cue.form.takes !== 'phrase' && fromComplement(scene, tokens, cue, found)) complementOnly.add(found);
  }
  // A commitment or request inside a reported clause ("said that the two sides … agreed to stop firing") is part of it.
  const clauses = out.filter((q) => !complementOnly.has(q));
  return out.map((q) => cutAtNextSpeaker(scene.text, q, clauses));
}

/** Where a coordinate clause with a speaker of its own begins: "Moscow says X, while Kyiv says Y". */
const COORDINATE_END = /(?:[,;]\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+)$/;

/** A statement ends where the next one's speaker starts after a comma; "that" before it would make it nested speech, kept. */
function cutAtNextSpeaker(text: string, q: ReportedSpeech, all: readonly ReportedSpeech[]): ReportedSpeech {
  for (const r of all) {
    // The next statement begins at its speaker, or at its cue when it shares the subject ("…, and stressed that").
    for (const at of [r.speakerSpan.start, r.cueSpan.start]) {
      if (r === q || at <= q.span.start || at >= q.span.end) continue;
      const before = text.slice(q.span.start, at);
      const m = COORDINATE_END.exec(before);
      if (!m) continue;
      const end = q.span.start + before.length - m[0].length;
      if (wordCount(text.slice(q.span.start, end)) >= MIN_CONTENT_WORDS) return { ...q, span: { start: q.span.start, end } };
    }
  }
  return q;
}
