// Every piece of internal evidence about the writing date, found by scanning the text for the
// expressions that carry it (dates, known events, role phrases next to people, durations,
// relative words): no sentence is tagged. Returns the constraints and the year-less dates, which
// are placed only after the others have been combined.
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import type { Actor } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { anchorConstraints, anchorMentions, factualMentions } from './anchor-evidence.js';
import { textWords } from './anchor-phrase.js';
import { AnchorReferences } from './anchor-reference.js';
import type { DateConstraint } from './date-constraint.js';
import { durationConstraints } from './duration-evidence.js';
import { eventDayMentions } from './event-days.js';
import { officeConstraints } from './office-evidence.js';
import type { DatingAnchor } from './read-anchor-file.js';
import { relativeConstraints } from './relative-evidence.js';
import { statedDateConstraints, statedDates, type YearlessSpan } from './stated-dates.js';

export interface Evidence {
  readonly constraints: readonly DateConstraint[];
  readonly yearless: readonly YearlessSpan[];
}

export interface EvidenceInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly actors: readonly Actor[];
}

export function collectEvidence(doc: EvidenceInput, gazetteer: CompiledGazetteer, anchors: readonly DatingAnchor[]): Evidence {
  const { text, sentences, actors } = doc;
  const words = textWords(text);
  const names = anchorMentions(text, anchors, 'names', words);
  const durations = anchorMentions(text, anchors, 'durationNames', words);
  const named = factualMentions(text, sentences, names);
  // Dates inside a named event ("the October 7 attack", "after September 11") are that event's, not the text's.
  const stated = statedDates(text, sentences, [...names, ...durations, ...eventDayMentions(text, anchors, words)]);
  const constraints = [
    ...statedDateConstraints(text, stated.dated),
    ...anchorConstraints(named),
    ...officeConstraints(text, sentences, actors, gazetteer, stated.dated),
    ...durationConstraints(text, sentences, new AnchorReferences(named, durations, anchorMentions(text, anchors, 'refs', words))),
    ...relativeConstraints(text, sentences, stated.dated, named),
  ];
  return { constraints: onePerKey(constraints), yearless: stated.yearless };
}

/** The same evidence twice (a caption repeated through the page, a name said again) counts once. */
function onePerKey(constraints: readonly DateConstraint[]): DateConstraint[] {
  const seen = new Set<string>();
  return [...constraints].sort((a, b) => a.span.start - b.span.start).filter((c) => {
    if (seen.has(c.key)) return false;
    seen.add(c.key);
    return true;
  });
}
