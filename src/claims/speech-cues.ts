// The speech cue list: reads and validates data/quotes/speech-cues.json (or a user's file) and
// looks cue forms up by their first word. Any bad entry fails the whole file loudly
// (DataFileError naming the file and every bad entry): a skipped cue would silently change
// which quotes are found.
import { join } from 'node:path';
import type { z } from 'zod';
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import {
  SPEECH_CUES_FORMAT, SPEECH_CUES_VERSION, speakerNounSchema, speechCuesFileSchema, speechPhraseSchema, speechVerbSchema,
  type CueForm,
} from './speech-cue-schema.js';

export type { CueForm, CueTakes } from './speech-cue-schema.js';

/** data/quotes/speech-cues.json of this package. */
export const defaultSpeechCuesFile = (): string => join(packageRoot(), 'data', 'quotes', 'speech-cues.json');

export class SpeechCues {
  readonly #byFirst = new Map<string, CueForm[]>();
  readonly #nouns: ReadonlySet<string>;

  constructor(readonly file: string, forms: Iterable<CueForm>, speakerNouns: Iterable<string>) {
    for (const f of forms) {
      const list = this.#byFirst.get(f.words[0]!) ?? [];
      list.push(f);
      list.sort((a, b) => b.words.length - a.words.length); // longest match first
      this.#byFirst.set(f.words[0]!, list);
    }
    this.#nouns = new Set(speakerNouns);
  }

  /** The cue forms whose first word is `lower`, longest first. */
  startingWith(lower: string): readonly CueForm[] {
    return this.#byFirst.get(lower) ?? [];
  }

  /** "officials", "agencies", "statement": a noun that names a speaker (plural -s/-es/-ies matched). */
  isSpeakerNoun(lower: string): boolean {
    if (this.#nouns.has(lower)) return true;
    if (lower.endsWith('ies') && this.#nouns.has(`${lower.slice(0, -3)}y`)) return true;
    if (lower.endsWith('es') && this.#nouns.has(lower.slice(0, -2))) return true;
    return lower.endsWith('s') && this.#nouns.has(lower.slice(0, -1));
  }
}

const labelOf = (list: string, value: unknown, index: number, key: string): string => {
  const name = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : value;
  return typeof name === 'string' ? `${list}[${index}] "${name}"` : `${list}[${index}]`;
};

const issues = (error: z.ZodError): string => zodIssues(error, ', ');

/** The cues of one file; DataFileError listing every problem. */
export function readSpeechCueFile(file: string): SpeechCues {
  const { raw } = readJsonDataFile(file, 'speech cue list');
  const envelope = speechCuesFileSchema.safeParse(raw);
  if (!envelope.success) {
    throw new DataFileError(file, `not a speech cue list (${issues(envelope.error)}): expected { "$schema": "${SPEECH_CUES_FORMAT}", "version": ${SPEECH_CUES_VERSION}, "verbs": [ … ], "phrases": [ … ], "speakerNouns": [ … ] }`);
  }
  const problems: string[] = [];
  const forms: CueForm[] = [];
  const formOwner = new Map<string, string>();
  const lemmas = new Map<string, string>();
  const claim = (form: string, label: string): boolean => {
    const owner = formOwner.get(form);
    if (owner !== undefined) {
      problems.push(`${label}: form "${form}" is already listed by ${owner}`);
      return false;
    }
    formOwner.set(form, label);
    return true;
  };

  envelope.data.verbs.forEach((value, index) => {
    const label = labelOf('verbs', value, index, 'lemma');
    const parsed = speechVerbSchema.safeParse(value);
    if (!parsed.success) return void problems.push(`${label}: ${issues(parsed.error)}`);
    const e = parsed.data;
    const first = lemmas.get(e.lemma);
    if (first !== undefined) return void problems.push(`${label}: duplicate lemma, already at ${first}`);
    lemmas.set(e.lemma, label);
    const nouns = new Set(e.nounForms ?? []);
    for (const form of new Set(e.forms)) {
      if (!claim(form, label)) continue;
      forms.push({ words: form.split(' '), lemma: e.lemma, takes: e.takes, noun: nouns.has(form), participle: /ing$/.test(form.split(' ')[0]!), links: e.links ?? [], complements: e.complements ?? [], self: false });
    }
  });
  envelope.data.phrases.forEach((value, index) => {
    const label = labelOf('phrases', value, index, 'phrase');
    const parsed = speechPhraseSchema.safeParse(value);
    if (!parsed.success) return void problems.push(`${label}: ${issues(parsed.error)}`);
    if (claim(parsed.data.phrase, label)) {
      forms.push({
        words: parsed.data.phrase.split(' '), lemma: parsed.data.phrase, takes: 'phrase', noun: false, participle: false, links: [], complements: [], self: parsed.data.self ?? false,
      });
    }
  });
  const speakerNouns: string[] = [];
  envelope.data.speakerNouns.forEach((value, index) => {
    const parsed = speakerNounSchema.safeParse(value);
    if (parsed.success) speakerNouns.push(parsed.data);
    else problems.push(`${labelOf('speakerNouns', value, index, '')}: ${issues(parsed.error)}`);
  });
  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the speech cue list: ${problems.join('; ')}`);
  }
  return new SpeechCues(file, forms, speakerNouns);
}

let bundled: SpeechCues | undefined;

/** The bundled cue list, read once per process. */
export const defaultSpeechCues = (): SpeechCues => (bundled ??= readSpeechCueFile(defaultSpeechCuesFile()));
