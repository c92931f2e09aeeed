import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { normaliseLanguageTag, toPrimarySubtag } from './language-tag.js';

export type LanguageBasis = 'declared' | 'detected' | 'default';

export interface LanguageGuess {
  /** BCP 47 primary subtag ("en", "zh"), an ISO 639-3 code where no 639-1 exists, or "und". */
  language: string;
  /** 0…1; how far to trust `language`. */
  confidence: number;
  basis: LanguageBasis;
}

/** Detection looks at the start of the text only: enough for trigrams, bounded cost. */
export const LANGUAGE_SAMPLE_CHARS = 800;
/** Fewer letters than this (CJK characters count triple) and detection is not attempted. */
export const MIN_LETTERS = 25;
/** Letters at which length stops limiting confidence. */
const FULL_CONFIDENCE_LETTERS = 150;
/** Score gap to the runner-up at which franc's pick counts as clear-cut. */
const CLEAR_MARGIN = 0.1;
/** Below this a detection is "unsure" and a declared language wins. */
export const UNSURE_BELOW = 0.5;
/** Candidates this close to the winner agree with a declared language (ru/bg, hr/bs/sr). */
const CLOSE_SCORE = 0.95;
const DECLARED_ONLY = 0.6;
const DECLARED_AND_DETECTED = 0.9;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;
const LETTERS = /\p{L}/gu;

interface Detection {
  language: string;
  confidence: number;
  /** Languages scoring within CLOSE_SCORE of the winner, the winner included. */
  close: string[];
}

/**
 * The language of a text, preferring the page's declared language (e.g. `<html lang="en-US">`)
 * when detection agrees or is unsure. Too short or undetectable text gets the declared
 * language, else "und" with basis "default".
 */
export function detectLanguage(text: string, declared?: string | null): LanguageGuess {
  const hint = normaliseLanguageTag(declared);
  const found = detect(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  if (!found) {
    return hint ? { language: hint, confidence: DECLARED_ONLY, basis: 'declared' } : { language: 'und', confidence: 0, basis: 'default' };
  }
  if (hint === found.language || (hint && found.close.includes(hint))) {
    return { language: hint, confidence: Math.max(found.confidence, DECLARED_AND_DETECTED), basis: 'declared' };
  }
  if (hint && found.confidence < UNSURE_BELOW) return { language: hint, confidence: DECLARED_ONLY, basis: 'declared' };
  return { language: found.language, confidence: found.confidence, basis: 'detected' };
}

function detect(sample: string): Detection | null {
  const cjk = sample.match(CJK)?.length ?? 0;
  const letters = sample.match(LETTERS)?.length ?? 0;
  const weighted = letters + 2 * cjk;
  if (weighted < MIN_LETTERS) return null;
  // franc decides the script by raw character counts, so a few English words in a Chinese
  // article can outvote it; when CJK characters are a real share, judge on them alone.
  const input = cjk >= 0.3 * letters ? (sample.match(CJK) ?? []).join('') : sample;
  const ranked = francAll(input, { minLength: 1 });
  const [best, runnerUp] = ranked;
  if (!best || best[0] === 'und') return null;
  const margin = 1 - (runnerUp?.[1] ?? 0);
  const separation = Math.min(1, margin / CLEAR_MARGIN);
  const length = Math.min(1, weighted / FULL_CONFIDENCE_LETTERS);
  const confidence = Math.round(length * (0.5 + 0.5 * separation) * 100) / 100;
  const close = ranked.filter(([, score]) => score >= CLOSE_SCORE).map(([code]) => fromIso6393(code));
  return { language: fromIso6393(best[0]), confidence, close };
}

/** franc's ISO 639-3 code as a BCP 47 primary subtag. */
export function fromIso6393(code: string): string {
  return toPrimarySubtag(iso6393To1[code] ?? MACROLANGUAGES[code] ?? code);
}

// franc-min returns individual languages; BCP 47 prefers the macrolanguage's 639-1 code.
const MACROLANGUAGES: Readonly<Record<string, string>> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', swh: 'sw', uzn: 'uz', azj: 'az', zlm: 'ms', plt: 'mg', ckb: 'ku',
  pbu: 'ps', npi: 'ne', fuv: 'ff', qug: 'qu', koi: 'kv', zyb: 'za', ekk: 'et', lvs: 'lv', khk: 'mn',
};
