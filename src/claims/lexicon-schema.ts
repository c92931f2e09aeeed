// The format of the stance lexicon (data/stance/lexicon.json): evaluative words and phrases, each
// with a polarity weight and the kind of word it is, which tells the stance stage whom the
// evaluation falls on.
//
// - `action`: what an actor does ("bully", "uphold"): falls on the doer (the subject, or the
//   agent after "by" in the passive). What the act is applied to passes through to the doer
//   ("spread lies", "bring peace"). `patient` (optional) is what it casts on whom it is done to.
// - `shifter`: an act against its object ("oppose", "end", "undermine"): an evaluative object is
//   reversed onto the doer ("oppose hegemony" speaks for the doer); `weight` falls on the doer
//   only when the object says nothing evaluative; `patient` on an actor it is done to.
// - `judgement`: an act of judging ("praise", "condemn", "respect for"): falls on whom it is about
//   (the object, the subject of the passive, the noun after of/for/against).
// - `quality`: an adjective, participle or adverb: falls on the noun it modifies, the subject of a
//   copula ("X is hypocritical"), or the doer of the verb it modifies ("brazenly").
// - `noun`: an evaluative noun ("hegemony", "culprit"): falls on its possessor ("X's hegemony",
//   "the hegemony of X", "X hegemony") or the subject of a copula ("X is the culprit").
// - `label`: a noun that names an actor by what it calls it ("regime", "junta", "vassal",
//   "warmongers"): read as a `noun`, but when it is the head of the actor's own phrase ("the Kiev
//   regime", "the regime of Assad") or stands in apposition to it ("Kiev, the junta") it is the
//   text's characterisation of the actor itself and counts in full, stronger than a plain noun.
// Without a kind, the word's tag in the sentence decides (verb: action, noun: noun, else quality).
// `pos` restricts an entry to one part of speech; a term may have one entry per part of speech.
import { z } from 'zod';

export const LEXICON_FORMAT = 'entente/stance/lexicon';
export const LEXICON_VERSION = 1;

export const LEXICON_KINDS = ['action', 'shifter', 'judgement', 'quality', 'noun', 'label'] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];
export const LEXICON_POS = ['verb', 'noun', 'adj', 'adv'] as const;
export type LexiconPos = (typeof LEXICON_POS)[number];

export const lexiconFileSchema = z.looseObject({
  $schema: z.literal(LEXICON_FORMAT),
  version: z.literal(LEXICON_VERSION),
  note: z.string().optional(),
  entries: z.array(z.unknown()),
});

const polarity = z.number().min(-1).max(1);

export const lexiconEntrySchema = z.strictObject({
  // Lower-case words, hyphens and apostrophes; words separated by single spaces.
  term: z.string().regex(/^[a-z0-9][a-z0-9'’-]*(?: [a-z0-9][a-z0-9'’-]*)*$/, 'must be lower-case words separated by single spaces'),
  weight: polarity,
  kind: z.enum(LEXICON_KINDS).optional(),
  pos: z.enum(LEXICON_POS).optional(),
  patient: polarity.optional(),
}).refine((e) => e.patient === undefined || e.kind === 'action' || e.kind === 'shifter', {
  message: '`patient` is only for kind action or shifter', path: ['patient'],
});

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
