// Whether a sentence reports the end of the term of the office holder it names: "the regime
// assassinated General X, commander of the Quds Force", "President Y fled the country", "Z was
// ousted". Such a text tells the end of the term as news, so it may be written after the term
// ended: the term must not cap the writing date. Only the words right around the holder count,
// and verbs whose subject could be the holder himself ("President Y killed ...") only in the
// passive.
import type { Span } from '../model/span.js';

const ENDING = String.raw`(?:killed|assassinated|murdered|executed|ousted|overthrown|toppled|deposed|removed|impeached|dismissed|sacked)`;
/** Before the holder: "assassinated Lieutenant General", "the killing of". */
const END_BEFORE = new RegExp(String.raw`\b(?:${ENDING}|overthrew|the\s+(?:killing|assassination|murder|death|ouster|overthrow|fall|flight|resignation)\s+of)\s+(?:[^\s,.;:]+\s+){0,3}$`, 'i');
/** After the holder (and an apposition): "fled the country", "has resigned", "was killed". */
const END_AFTER = new RegExp(
  String.raw`^\s*(?:,[^,.;]{1,60},\s*)?(?:(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:fled|resigned|stepped\s+down|quit|abdicated|died)|(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?${ENDING})\b`,
  'i',
);
/** How far before the holder a verb of ending may stand. */
const BEFORE_CHARS = 60;

/** `holder`: the name with its role words; `sentence`: the sentence around it. */
export function termEndReported(text: string, sentence: Span, holder: Span): boolean {
  const before = text.slice(Math.max(sentence.start, holder.start - BEFORE_CHARS), holder.start);
  return END_BEFORE.test(before) || END_AFTER.test(text.slice(holder.end, sentence.end));
}
