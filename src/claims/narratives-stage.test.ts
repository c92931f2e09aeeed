// The narratives stage on hand-built layers (events, stance, actors written in the test, not
// produced by the pipeline) and a small catalogue of our own: each kind of evidence, the
// threshold, the wording cap, saturation and the roll-up to parent narratives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, ActorRef, Event, Modality, Stance } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { buildNarrativeCatalogue } from './load-narrative-catalogue.js';
import type { NarrativeCatalogue } from './narrative-catalogue.js';
import { matchNarrative, narrativeView, type NarrativeDocument } from './narrative-match.js';
import { findNarratives, narrativesStage } from './narratives-stage.js';

const groups = {
  west: { countries: ['USA', 'GBR', 'NATO', 'WST'] },
  russia: { countries: ['RUS'] },
  ukraine: { countries: ['UKR'] },
};

function catalogue(narratives: unknown[], scoring?: Record<string, number>): NarrativeCatalogue {
  return buildNarrativeCatalogue([{
    file: 'test-catalogue.json',
    raw: { $schema: 'entente/narratives/catalogue', version: 1, ...(scoring && { scoring }), actorGroups: groups, narratives },
  }]);
}

const narrative = (id: string, extra: Record<string, unknown>) => ({
  id, label: `Label of ${id}`, taxonomy: null, description: 'Written for this test.', exemplars: ['An exemplar.'], ...extra,
});

const aggression = (extra: Record<string, unknown> = {}) => narrative('west-aggression', {
  events: [{ source: 'west', target: 'russia', cameo: ['17', '18', '19', '20'], weight: 0.45 }],
  stance: [{ group: 'west', polarity: 'negative', weight: 0.45 }],
  cues: [{ phrase: 'proxy war', weight: 0.2 }, { phrase: 'NATO aggression', weight: 0.2 }, { phrase: 'provoked the war', weight: 0.2 }],
  ...extra,
});

// States and IGOs are their own country and code.
const ref = (id: string): ActorRef => ({ id, country: id, code: id });
const sentencesOf = (text: string): Span[] => [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** A document of `text`, its sentences split at full stops, with the given events and stance. */
function doc(text: string, events: Event[] = [], stance: Stance[] = [], actors: Actor[] = []): NarrativeDocument {
  return { text, sentences: sentencesOf(text), actors, events, stance };
}

/** An event coded on `clause`, which must occur in `text`. */
function event(text: string, clause: string, source: string | null, target: string | null, cameo: string, modality: Modality = 'asserted'): Event {
  const start = text.indexOf(clause);
  assert.ok(start >= 0, `"${clause}" is not in the text`);
  const span = { start, end: start + clause.length };
  const sentence = sentencesOf(text).findIndex((s) => s.start <= start && start < s.end);
  return {
    source: source === null ? null : ref(source), target: target === null ? null : ref(target),
    cameo, root: cameo.slice(0, 2), plover: null, goldstein: -10, quadClass: 4, modality,
    date: null, location: null, quantities: [], sentence, span, trigger: span, text: clause,
    mentions: [{ sentence, span, trigger: span }],
  };
}

const spanOf = (text: string, words: string): Span => {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `"${words}" is not in the text`);
  return { start, end: start + words.length };
};

const ids = (c: NarrativeCatalogue, d: NarrativeDocument): string[] => findNarratives(c, d).map((n) => n.id);

test('an asserted Western attack on Russia is event evidence, shown by its clause', () => {
  const text = 'Yesterday NATO attacked Russia. Nothing else happened.';
  const [found, ...rest] = findNarratives(catalogue([aggression()]), doc(text, [event(text, 'NATO attacked Russia', 'NATO', 'RUS', '190')]));
  assert.deepEqual(rest, []);
  assert.equal(found?.id, 'west-aggression');
  assert.equal(found.label, 'Label of west-aggression');
  assert.equal(found.score, 0.45);
  assert.deepEqual(found.evidence, [spanOf(text, 'NATO attacked Russia')]);
});

test('a negated or predicted act does not fit a signature for asserted acts', () => {
  const text = 'NATO did not attack Russia. NATO will attack Russia.';
  const events = [event(text, 'NATO did not attack Russia', 'NATO', 'RUS', '190', 'negated'), event(text, 'NATO will attack Russia', 'NATO', 'RUS', '190', 'future')];
  assert.deepEqual(ids(catalogue([aggression()]), doc(text, events)), []);
});

test('the source must be in the group: a Russian attack is not Western aggression', () => {
  const text = 'Russia attacked Ukraine. Russia attacked Britain.';
  const events = [event(text, 'Russia attacked Ukraine', 'RUS', 'UKR', '190'), event(text, 'Russia attacked Britain', 'RUS', 'GBR', '190')];
  assert.deepEqual(ids(catalogue([aggression()]), doc(text, events)), []);
});

test("an event's context must occur in the event's own sentence", () => {
  const backfire = narrative('backfire', { events: [{ source: 'west', target: 'russia', cameo: ['163'], context: ['backfir*'], weight: 0.5 }] });
  const fits = 'The sanctions Britain imposed on Russia backfired.';
  assert.deepEqual(ids(catalogue([backfire]), doc(fits, [event(fits, 'Britain imposed on Russia', 'GBR', 'RUS', '163')])), ['backfire']);
  const elsewhere = 'Britain imposed sanctions on Russia. Other plans backfired.';
  assert.deepEqual(ids(catalogue([backfire]), doc(elsewhere, [event(elsewhere, 'Britain imposed sanctions on Russia', 'GBR', 'RUS', '163')])), []);
});

test("negative stance toward the group is stance evidence, shown by the stance's spans", () => {
  const text = 'The reckless, arrogant alliance and the scheming Americans.';
  const stance: Stance[] = [
    { actor: 'NATO', country: 'NATO', score: -0.6, evidence: [spanOf(text, 'reckless'), spanOf(text, 'arrogant')] },
    { actor: 'USA', country: 'USA', score: -0.5, evidence: [spanOf(text, 'scheming')] },
  ];
  const [found] = findNarratives(catalogue([aggression({ events: [], cues: [] })]), doc(text, [], stance));
  assert.equal(found?.id, 'west-aggression');
  assert.equal(found.score, 0.45);
  assert.deepEqual(found.evidence, ['reckless', 'arrogant', 'scheming'].map((w) => spanOf(text, w)));
});

test('a stance shown by a single word is weak evidence', () => {
  const text = 'Britain imposed sanctions.';
  const stance: Stance[] = [{ actor: 'GBR', country: 'GBR', score: -0.9, evidence: [spanOf(text, 'imposed')] }];
  const c = catalogue([aggression({ events: [], cues: [] })]);
  const match = matchNarrative(c.narratives[0]!, narrativeView(doc(text, [], stance)), c.scoring);
  assert.equal(match.stance, 0.15); // 0.45 × full score × one span of three
  assert.deepEqual(findNarratives(c, doc(text, [], stance)), []);
});

test("a group's stance weighs members by their evidence: one criticised leader does not make a praised country negative", () => {
  const text = 'The leader blundered, but America was generous, wise, steadfast and kind.';
  const stance: Stance[] = [
    { actor: 'person:us-leader', country: 'USA', score: -0.8, evidence: [spanOf(text, 'blundered')] },
    { actor: 'USA', country: 'USA', score: 0.5, evidence: ['generous', 'wise', 'steadfast', 'kind'].map((w) => spanOf(text, w)) },
  ];
  const actors: Actor[] = [{ id: 'person:us-leader', name: 'The leader', kind: 'person', country: 'USA', code: 'USAGOV', mentions: [] }];
  assert.deepEqual(ids(catalogue([aggression({ events: [], cues: [] })]), doc(text, [], stance, actors)), []);
});

test('wording alone stays below the threshold and is not reported, however many cues match', () => {
  const text = 'It is a proxy war. NATO aggression provoked the war. A proxy war, again.';
  const c = catalogue([aggression()]);
  const match = matchNarrative(c.narratives[0]!, narrativeView(doc(text)), c.scoring);
  assert.equal(match.wording, c.scoring.wordingCap);
  assert.equal(match.score, c.scoring.wordingCap);
  assert.ok(match.score < c.scoring.threshold);
  assert.deepEqual(findNarratives(c, doc(text)), []);
});

test('wording adds to an act too weak alone, and both show as evidence', () => {
  const weak = aggression({ events: [{ source: 'west', target: 'russia', cameo: ['17'], weight: 0.3 }] });
  const plain = 'Washington pressured Moscow.';
  assert.deepEqual(ids(catalogue([weak]), doc(plain, [event(plain, 'Washington pressured Moscow', 'USA', 'RUS', '170')])), []);
  const framed = 'Washington pressured Moscow. It is a proxy war.';
  const [found] = findNarratives(catalogue([weak]), doc(framed, [event(framed, 'Washington pressured Moscow', 'USA', 'RUS', '170')]));
  assert.equal(found?.id, 'west-aggression');
  assert.equal(found.score, 0.44); // 1 − (1 − 0.3)(1 − 0.2)
  assert.deepEqual(found.evidence, [spanOf(framed, 'Washington pressured Moscow'), spanOf(framed, 'proxy war')]);
});

test('words inside a clause already counted as an event are not counted again', () => {
  const c = catalogue([aggression()]);
  const inside = 'NATO waged a proxy war on Russia.';
  const once = matchNarrative(c.narratives[0]!, narrativeView(doc(inside, [event(inside, 'NATO waged a proxy war on Russia', 'NATO', 'RUS', '190')])), c.scoring);
  assert.deepEqual([once.wording, once.score], [0, 0.45]);
  const apart = 'NATO attacked Russia. It is a proxy war.';
  const twice = matchNarrative(c.narratives[0]!, narrativeView(doc(apart, [event(apart, 'NATO attacked Russia', 'NATO', 'RUS', '190')])), c.scoring);
  assert.deepEqual([twice.wording, twice.score], [0.2, 0.56]); // 1 − (1 − 0.45)(1 − 0.2)
});

test('events coded on one predicate count once, the heaviest', () => {
  const text = 'Russia is preparing to attack NATO countries.';
  const clause = 'Russia is preparing to attack NATO countries';
  const events = [event(text, clause, 'RUS', 'NATO', '190', 'hypothetical'), event(text, clause, 'RUS', 'NATO', '138')];
  const fears = narrative('fears', { events: [
    { source: 'russia', target: 'west', cameo: ['19'], modality: ['hypothetical'], weight: 0.3 },
    { source: 'russia', target: 'west', cameo: ['13'], weight: 0.25 },
  ] });
  const c = catalogue([fears]);
  const match = matchNarrative(c.narratives[0]!, narrativeView(doc(text, events)), c.scoring);
  assert.equal(match.events, 0.3);
  assert.deepEqual(match.evidence, [spanOf(text, clause)]);
});

test('a signature saturates: five matching acts count as three', () => {
  const text = 'NATO struck Russia. NATO struck Russia again. NATO struck Russia twice. NATO struck Russia thrice. NATO struck Russia once more.';
  const events = text.split('. ').map((s) => event(text, s.replace(/\.$/, ''), 'NATO', 'RUS', '195'));
  const c = catalogue([aggression({ events: [{ source: 'west', target: 'russia', cameo: ['19'], weight: 0.3 }] })]);
  const three = matchNarrative(c.narratives[0]!, narrativeView(doc(text, events.slice(0, 3))), c.scoring);
  const five = matchNarrative(c.narratives[0]!, narrativeView(doc(text, events)), c.scoring);
  assert.equal(three.events, 0.45);
  assert.equal(five.events, 0.45);
  assert.equal(five.evidence.length, 5);
});

test('a reported sub-narrative reports its parent with its score and evidence', () => {
  const parent = narrative('blaming-others', { taxonomy: 'URW: Blaming the war on others rather than the invader', stance: [{ group: 'ukraine', polarity: 'negative', weight: 0.3 }] });
  const child = aggression({ parent: 'blaming-others', taxonomy: 'URW: Blaming the war on others rather than the invader: The West are the aggressors' });
  const text = 'Yesterday NATO attacked Russia.';
  const found = findNarratives(catalogue([parent, child]), doc(text, [event(text, 'NATO attacked Russia', 'NATO', 'RUS', '190')]));
  assert.deepEqual(found.map((n) => [n.id, n.taxonomy, n.score]), [
    ['blaming-others', 'URW: Blaming the war on others rather than the invader', 0.45],
    ['west-aggression', 'URW: Blaming the war on others rather than the invader: The West are the aggressors', 0.45],
  ]);
  assert.deepEqual(found[0]?.evidence, found[1]?.evidence);
});

test("the catalogue's threshold decides what is reported", () => {
  const text = 'Yesterday NATO attacked Russia.';
  const events = [event(text, 'NATO attacked Russia', 'NATO', 'RUS', '190')];
  assert.deepEqual(ids(catalogue([aggression()]), doc(text, events)), ['west-aggression']);
  assert.deepEqual(ids(catalogue([aggression()], { threshold: 0.5 }), doc(text, events)), []);
});

test('the stage adds the narratives layer from the document it is given, strongest first', () => {
  const other = narrative('west-pressure', { events: [{ source: 'west', cameo: ['17'], weight: 0.6 }] });
  const text = 'Yesterday NATO attacked Russia. Washington pressured Moscow.';
  const events = [event(text, 'NATO attacked Russia', 'NATO', 'RUS', '190'), event(text, 'Washington pressured Moscow', 'USA', 'RUS', '170')];
  const stage = narrativesStage(catalogue([aggression(), other]));
  const input = { ...doc(text, events), quotes: [], tone: 0, techniques: [] } as unknown as Parameters<typeof stage.run>[0];
  const layer = stage.run(input);
  // west-aggression: two acts fit its signature, 0.45 and a quarter more
  assert.deepEqual(layer.narratives.map((n) => [n.id, n.score]), [['west-pressure', 0.6], ['west-aggression', 0.563]]);
  assert.ok(layer.narratives.every((n) => n.evidence.length > 0));
});
