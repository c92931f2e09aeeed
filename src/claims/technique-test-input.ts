// Test support for the technique tests: our own sentences through the whole pipeline (so actor
// mentions, quotes and events are the real layers), then the techniques found, or the detectors'
// context to run one detector on. Not used by the product code.
import { analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Analysis, Event, Technique } from '../model/analysis.js';
import { techniqueContext, type TechniqueContext } from './technique-context.js';
import { defaultTechniqueCues } from './technique-cues.js';
import type { TechniqueName } from './technique-names.js';

/** The text analysed as a one-article record with this title (default "Test article"). */
export const analyzeForTechniques = (text: string, title = 'Test article'): Analysis =>
  analyzeDocument(textDocument('test:techniques', text, { published: '2022-07-20', title }), defaultAnalyzeContext());

/** The flags of one technique in the text. */
export const flagsOf = (text: string, technique: TechniqueName, title?: string): Technique[] =>
  analyzeForTechniques(text, title).techniques.filter((t) => t.technique === technique);

/** The detectors' context for the text; `events` replaces the events layer when given. */
export function contextOf(text: string, opts: { title?: string; events?: readonly Event[] } = {}): TechniqueContext {
  const a = analyzeForTechniques(text, opts.title);
  return techniqueContext({
    text: a.text, title: a.title, sentences: a.sentences, paragraphs: a.paragraphs, actors: a.actors,
    quotes: a.quotes, events: opts.events ?? a.events, stance: a.stance,
  }, defaultTechniqueCues());
}
