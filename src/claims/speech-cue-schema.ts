// The format of the speech cue list (data/quotes/speech-cues.json): the verbs and phrases that
// attribute speech, each verb with every form looked for in the text and what may follow it.
import { z } from 'zod';

export const SPEECH_CUES_FORMAT = 'entente/quotes/speech-cues';
export const SPEECH_CUES_VERSION = 1;

/**
 * What may follow a speech verb:
 * - `clause`: the reported content directly ("Putin said the West is …") or after "that";
 * - `that`: the content only after "that" (possibly after a short object) or a colon or comma;
 * - `object`: a characterisation, object and complement ("described the strikes as a violation",
 *   "accused Kyiv of shelling"): content only when one of `links` or a quoted complement follows;
 * - `quote`: the verb only attributes a direct quote beside it.
 */
export type CueTakes = 'clause' | 'that' | 'object' | 'quote';

/**
 * Content a verb may also take besides what `takes` allows:
 * - `infinitive`: a commitment, "promised to raise spending" (content from "to");
 * - `object-infinitive`: a request, "urged Kyiv to negotiate", "called on all sides to show restraint";
 * - `noun-phrase`: a position given as a noun phrase, "demanded the release of …", "expressed regret";
 * - `bare-complement`: a characterisation with no link, "called the trip a provocation", "called the result disastrous".
 */
export const CUE_COMPLEMENTS = ['infinitive', 'object-infinitive', 'noun-phrase', 'bare-complement'] as const;
export type CueComplement = (typeof CUE_COMPLEMENTS)[number];

export const speechCuesFileSchema = z.looseObject({
  $schema: z.literal(SPEECH_CUES_FORMAT),
  version: z.literal(SPEECH_CUES_VERSION),
  note: z.string().optional(),
  verbs: z.array(z.unknown()),
  phrases: z.array(z.unknown()),
  speakerNouns: z.array(z.unknown()),
});

const words = (max: number) => z.string().regex(
  new RegExp(`^[a-z]+(?: [a-z]+){0,${max - 1}}$`),
  `must be 1–${max} lower-case words separated by single spaces`,
);

export const speechVerbSchema = z.strictObject({
  lemma: words(2),
  takes: z.enum(['clause', 'that', 'object', 'quote']),
  forms: z.array(words(3)).min(1),
  nounForms: z.array(words(3)).optional(),
  links: z.array(z.string().regex(/^[a-z]+$/, 'must be one lower-case word')).optional(),
  complements: z.array(z.enum(CUE_COMPLEMENTS)).optional(),
  note: z.string().optional(),
}).refine((e) => (e.nounForms ?? []).every((f) => e.forms.includes(f)), { message: 'every nounForms entry must be one of the forms', path: ['nounForms'] })
  .refine((e) => e.links === undefined || e.takes === 'object', { message: 'only an `object` cue has links', path: ['links'] });
export type SpeechVerbEntry = z.infer<typeof speechVerbSchema>;

/** `self`: the phrase holds its own speaker as a possessive ("by his words", "in her words"). */
export const speechPhraseSchema = z.strictObject({ phrase: words(4), self: z.boolean().optional(), note: z.string().optional() });

export const speakerNounSchema = z.string().regex(/^[a-z]+$/, 'must be one lower-case word');

/** One form of a cue as the matcher uses it. */
export interface CueForm {
  /** The words of the form ("pointed", "out"). */
  readonly words: readonly string[];
  readonly lemma: string;
  /** `phrase` for a phrase cue ("according to"), whose speaker follows it. */
  readonly takes: CueTakes | 'phrase';
  /** A form that is more often a noun: a cue only before "that", a colon or a comma. */
  readonly noun: boolean;
  /** An -ing form: a participle whose speaker is the subject of its sentence. */
  readonly participle: boolean;
  /** For an `object` cue, the words between object and complement ("as", "of"). */
  readonly links: readonly string[];
  /** Further content the verb may take ("promised to …", "urged X to …"). */
  readonly complements: readonly CueComplement[];
  /** A phrase cue holding its own possessive speaker ("by his words"). */
  readonly self: boolean;
}
