// The format of data/dating/anchors.json: well-known events with the day they happened, and the
// phrases that name them. Facts only (the day a war began, a summit opened, a visit took place).
//
// - `names`: a mention means the event has happened, so the text was written on or after `date`
//   ("Russia's invasion of Ukraine", "the special military operation").
// - `durationNames`: phrases that name the event only as the start of a duration ("the conflict
//   between Russia and Ukraine has lasted four months"); alone they prove nothing, since the
//   same words were also used of the fighting before it.
// - `refs`: words that refer back to the event in a duration when the text names it elsewhere
//   ("the war", "the operation").
// - `dayNames`: the event's day without a year, where it is how people name the event ("after
//   September 11", "since October 7"). No evidence of their own (the same words name this year's
//   day); after a preposition of time they only keep the day from being read as a recent date.
import { z } from 'zod';
import { parseDay } from './day-range.js';
import { phraseProblem } from './anchor-phrase.js';

export const ANCHORS_FORMAT = 'entente/dating/anchors';
export const ANCHORS_VERSION = 1;

const phrase = z.string().trim().min(1, 'must not be empty').max(200).superRefine((p, ctx) => {
  const problem = phraseProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: `phrase "${p}" ${problem}` });
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine((d) => parseDay(d) !== null, 'is not a calendar date');

export const anchorEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug (russia-invades-ukraine)'),
  label: z.string().trim().min(1, 'must not be empty').max(200),
  date: isoDay,
  names: z.array(phrase).default([]),
  durationNames: z.array(phrase).default([]),
  refs: z.array(phrase).default([]),
  dayNames: z.array(phrase).default([]),
  note: z.string().optional(),
}).refine((e) => e.names.length + e.durationNames.length > 0, { message: 'needs at least one phrase in names or durationNames', path: ['names'] });

export type AnchorEntry = z.infer<typeof anchorEntrySchema>;

export const anchorsFileSchema = z.object({
  $schema: z.literal(ANCHORS_FORMAT),
  version: z.literal(ANCHORS_VERSION),
  note: z.string().optional(),
  entries: z.array(z.unknown()),
});
