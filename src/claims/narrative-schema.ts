// The format of the narrative catalogue (data/narratives/catalogue.json, SPEC §2.4): actor groups,
// and narratives with the evidence that shows a text expresses them — event signatures (who does
// what to whom, with which modality), stance signatures (how the text frames a group) and wording
// cues (weak alone). data/narratives/README.md documents every field.
import { z } from 'zod';
import { phraseProblem } from './narrative-phrase.js';

export const NARRATIVES_FORMAT = 'entente/narratives/catalogue';
export const NARRATIVES_VERSION = 1;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG, 'must be a slug: lower-case letters and digits joined by -');

const phrase = z.string().trim().min(1).superRefine((s, ctx) => {
  const problem = phraseProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: `phrase "${s}": ${problem}` });
});
const weight = z.number().gt(0).max(1);
const cameo = z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'must be a CAMEO root or code: 01–20 and up to two more digits');
const modality = z.enum(['asserted', 'negated', 'hypothetical', 'future', 'attempted']);
const groups = z.union([slug, z.array(slug).min(1)]).transform((g) => (typeof g === 'string' ? [g] : g));

export const actorGroupSchema = z.strictObject({
  description: z.string().optional(),
  /** Actors whose `country` is one of these (states, blocs and IGOs are their own country). */
  countries: z.array(z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/, 'must be a country or bloc code such as USA, NATO, WST')).default([]),
  /** Actor ids ("NATO", "person:vladimir-putin", "group:azov"). */
  actors: z.array(z.string().min(1)).default([]),
  /** Actor codes ("UKRREB", "USAMED"). */
  codes: z.array(z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'must be an actor code such as UKRREB')).default([]),
  /** Other groups whose members are members of this one. */
  groups: z.array(slug).default([]),
  /** Keeps only members whose code's role part (after the country) is one of these; "" is the state itself. */
  roles: z.array(z.string().regex(/^[A-Z]{0,6}$/, 'must be a role code such as GOV, MIL, MED, or ""')).min(1).optional(),
  /** Actor ids or codes that are never members. */
  except: z.array(z.string().min(1)).default([]),
}).refine((g) => g.countries.length || g.actors.length || g.codes.length || g.groups.length || g.roles,
  'must list members (countries, actors, codes or groups) or roles');
export type ActorGroupEntry = z.infer<typeof actorGroupSchema>;

export const eventSignatureSchema = z.strictObject({
  /** The event's source is in one of these groups; any source (not a missing one) when absent. */
  source: groups.optional(),
  target: groups.optional(),
  sourceNot: z.array(slug).default([]),
  targetNot: z.array(slug).default([]),
  /** Also match with source and target swapped (symmetric relations: partnership, talks). */
  either: z.boolean().default(false),
  /** CAMEO roots or codes, matched as prefixes ("13" is every threat, "138" every threat of force); any event when absent. */
  cameo: z.array(cameo).min(1).optional(),
  modality: z.array(modality).min(1).default(['asserted']),
  /** Phrases one of which the event's sentence must contain. */
  context: z.array(phrase).min(1).optional(),
  weight,
  note: z.string().optional(),
});
export type EventSignatureEntry = z.infer<typeof eventSignatureSchema>;

export const stanceSignatureSchema = z.strictObject({
  group: slug,
  polarity: z.enum(['negative', 'positive']),
  /** Weaker stance scores are no evidence. */
  minScore: z.number().gt(0).max(1).default(0.2),
  weight,
  note: z.string().optional(),
});
export type StanceSignatureEntry = z.infer<typeof stanceSignatureSchema>;

/**
 * A cue is a phrase, or a phrase with its own weight (a bare phrase weighs `scoring.cueWeight`).
 * `about`: actor groups the wording is said of; found in a sentence that names a member, the cue
 * is framing evidence (the words applied to the group), not bare wording.
 */
export const cueSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { phrase: v } : v),
  z.strictObject({ phrase, weight: weight.optional(), about: groups.optional() }),
);

const TAXONOMY = /^[A-Z]{2,5}: [^:]+(?:: [^:]+)?$/;

export const narrativeEntrySchema = z.strictObject({
  id: slug,
  label: z.string().trim().min(1),
  description: z.string().trim().min(1),
  exemplars: z.array(z.string().trim().min(1)).min(1),
  taxonomy: z.string().regex(TAXONOMY, 'must be a SemEval-2025 label such as "URW: <narrative>" or "URW: <narrative>: <sub-narrative>"').nullable(),
  /** The broader narrative this one is part of: it is reported whenever this one is. */
  parent: slug.optional(),
  events: z.array(eventSignatureSchema).default([]),
  stance: z.array(stanceSignatureSchema).default([]),
  cues: z.array(cueSchema).default([]),
  note: z.string().optional(),
});
export type NarrativeEntry = z.infer<typeof narrativeEntrySchema>;

export const scoringSchema = z.strictObject({
  /** A narrative is reported from this score on. */
  threshold: z.number().gt(0).max(1).optional(),
  /** The most wording cues can add up to. */
  wordingCap: z.number().min(0).max(1).optional(),
  /** The most cues said of a group (`about`, in a sentence naming a member) can add up to. */
  framingCap: z.number().min(0).max(1).optional(),
  /** Weight of a cue written as a bare phrase. */
  cueWeight: weight.optional(),
});
export type ScoringEntry = z.infer<typeof scoringSchema>;

/** The envelope; groups and narratives are checked one by one so every problem is named. */
export const catalogueFileSchema = z.strictObject({
  $schema: z.literal(NARRATIVES_FORMAT),
  version: z.literal(NARRATIVES_VERSION),
  note: z.string().optional(),
  scoring: z.unknown().optional(),
  actorGroups: z.record(z.string(), z.unknown()).default({}),
  narratives: z.array(z.unknown()),
});
