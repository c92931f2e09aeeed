// The narratives stage in the whole pipeline, on text written for these tests. The stance stage
// is being written at the same time as this one, so the assertions that must hold whatever it
// produces recompute the narratives from the events and the wording alone (stance emptied); the
// pipeline's own result is only required to agree on what is found.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { analyzeText, eventKeys } from '../testing/code-text.js';
import { defaultNarrativeCatalogue } from './narrative-catalogue.js';
import { matchNarrative, narrativeView } from './narrative-match.js';
import { findNarratives } from './narratives-stage.js';

/** The narratives the bundled catalogue finds from the article's events and words only. */
const fromEventsAndWords = (a: Analysis) => findNarratives(defaultNarrativeCatalogue(), { ...a, stance: [] });

const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

test('an article that names Western aggression expresses "The West are the aggressors", shown by its acts and words', () => {
  const a = analyzeText(
    "For decades the United States attacked Russia's interests, and last winter Washington threatened Moscow with sanctions. " +
    'Russia accused the West of starting the war. This is Western aggression, plain and simple.',
  );
  const found = fromEventsAndWords(a);
  const aggressors = found.find((n) => n.id === 'west-are-the-aggressors');
  assert.ok(aggressors, `not found; events: ${eventKeys(a).join(', ')}; narratives: ${found.map((n) => n.id).join(', ')}`);
  assert.equal(aggressors.taxonomy, 'URW: Blaming the war on others rather than the invader: The West are the aggressors');
  assert.ok(aggressors.score >= defaultNarrativeCatalogue().scoring.threshold);
  // Evidence: the clauses of Western acts against Russia and of the blame, and the wording outside them.
  const westernActs = a.events.filter((e) => e.source?.country === 'USA' && e.target?.country === 'RUS');
  const blame = a.events.filter((e) => e.source?.country === 'RUS' && e.target?.country === 'WST' && e.root === '11');
  assert.ok(westernActs.length >= 2 && blame.length === 1, eventKeys(a).join(', '));
  for (const e of [...westernActs, ...blame]) assert.ok(aggressors.evidence.some((s) => s.start === e.span.start && s.end === e.span.end), e.text);
  assert.ok(aggressors.evidence.some((s) => a.text.slice(s.start, s.end) === 'Western aggression'));
  // The parent narrative comes with it, and the pipeline's own result (with stance) agrees.
  assert.ok(found.some((n) => n.id === 'blaming-the-war-on-others'));
  assert.ok(a.narratives.some((n) => n.id === 'west-are-the-aggressors'));
  for (const n of a.narratives) assert.ok(n.evidence.length > 0 && n.evidence.every((s) => contains({ start: 0, end: a.text.length }, s)), n.id);
});

test('the same acts reported plainly, without the framing words, stay below the threshold', () => {
  const a = analyzeText('Washington threatened Moscow with sanctions on Monday. The measures target three banks, officials said.');
  assert.ok(a.events.some((e) => e.source?.country === 'USA' && e.target?.country === 'RUS'), eventKeys(a).join(', '));
  assert.deepEqual(fromEventsAndWords(a).map((n) => n.id), []);
});

test('bare wording, naming no actor and with no act or stance to carry it, is never reported', () => {
  const a = analyzeText('It is a proxy war. Aggression provoked the war, and expansion caused the conflict.');
  const catalogue = defaultNarrativeCatalogue();
  const wordsOnly = { ...a, stance: [], events: [] };
  const aggressors = catalogue.narratives.find((n) => n.id === 'west-are-the-aggressors')!;
  const m = matchNarrative(aggressors, narrativeView(wordsOnly), catalogue.scoring);
  assert.ok(m.wording > 0, 'the cues did not match');
  assert.equal(m.framing, 0);
  assert.deepEqual(findNarratives(catalogue, wordsOnly), []);
});

test('words said of a named group are framing evidence, weightier than bare wording', () => {
  const a = analyzeText('It is a proxy war. The aggression of the collective West provoked the war, and NATO expansion caused the conflict.');
  const catalogue = defaultNarrativeCatalogue();
  const wordsOnly = { ...a, stance: [], events: [] };
  const aggressors = catalogue.narratives.find((n) => n.id === 'west-are-the-aggressors')!;
  const m = matchNarrative(aggressors, narrativeView(wordsOnly), catalogue.scoring);
  assert.ok(m.framing > 0 && m.framing <= catalogue.scoring.framingCap, JSON.stringify(m));
  assert.ok(findNarratives(catalogue, wordsOnly).some((n) => n.id === 'west-are-the-aggressors'));
});
