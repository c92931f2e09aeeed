// The quotes stage on short texts written for these tests (test/fixtures/quotes), in the style of
// the seed corpus: one behaviour per test, through the whole pipeline with the bundled
// dictionaries, so that speakers are resolved by the real actors layer.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Analysis, Quote } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { fixture } from '../testing/paths.js';
import { quotesStage } from './quotes-stage.js';

const analyse = (name: string): Analysis => analyzeText(readFileSync(fixture('quotes', name), 'utf8'));
const quotesOf = (name: string): Quote[] => analyse(name).quotes;
const show = (qs: readonly Quote[]): string => qs.map((q) => `[${q.speaker?.code ?? '-'}] ${q.speakerText} ${q.cue}: ${q.text}`).join('\n');
function one(qs: readonly Quote[], contains: string): Quote {
  const found = qs.filter((q) => q.text.includes(contains));
  assert.equal(found.length, 1, `one quote containing "${contains}" in:\n${show(qs)}`);
  return found[0]!;
}

test('"said that": the reported clause up to the end of its sentence, speaker resolved to an actor', () => {
  const a = analyse('said-that.txt');
  assert.equal(a.quotes.length, 1, show(a.quotes));
  const q = a.quotes[0]!;
  assert.equal(q.direct, false);
  assert.equal(q.speaker?.code, 'KAZGOV');
  assert.equal(q.speakerText, 'Kazakh President Tokayev');
  assert.equal(q.cue, 'said');
  // The next sentence is glued on ("countries.It"): the content stops at the sentence's end.
  assert.equal(q.text, 'the pressure of the West is pushing Astana and Moscow closer and accelerating the cooperation of the two countries');
});

test('adverbs between speaker and cue: "also bluntly said" has the cue "said"', () => {
  const a = analyse('adverbs-before-cue.txt');
  const q = one(a.quotes, 'shot in the foot');
  assert.equal(q.cue, 'said');
  assert.equal(a.text.slice(q.cueSpan!.start, q.cueSpan!.end), 'said');
  assert.equal(q.speaker?.code, 'HUNGOV');
});

test('"according to": the speaker follows the cue; the content is after its comma, or before it', () => {
  const qs = quotesOf('according-to.txt');
  assert.deepEqual(qs.map((q) => [q.cue, q.speaker?.id, q.speakerText]), [
    ['according to', 'media:sputnik', 'Sputnik'],
    ['according to', 'media:global-times', 'the Global Times'],
  ], show(qs));
  assert.ok(qs[0]!.text.startsWith('the two countries will hold'), show(qs));
  assert.equal(qs[1]!.text, 'The Turkmen side has already prepared the documents');
});

test('"The statement stated, "…"": a direct quote whose speaker phrase names no actor keeps the phrase, speaker null', () => {
  const q = one(quotesOf('statement-stated.txt'), 'oppose any unilateral sanctions');
  assert.equal(q.direct, true);
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'The statement');
  assert.equal(q.cue, 'stated');
});

test('a colon after a speaker is the cue; after a speech verb the verb is', () => {
  const qs = quotesOf('colon-speaker.txt');
  const zakharova = one(qs, 'grain corridor into a tool');
  assert.deepEqual([zakharova.cue, zakharova.speaker?.code, zakharova.speakerText], [':', 'RUSGOV', 'Zakharova']);
  const chinese = one(qs, 'stop selling weapons');
  assert.deepEqual([chinese.cue, chinese.speaker?.code, chinese.speakerText], ['stated', 'CHN', 'the Chinese side']);
  assert.equal(qs.length, 2, show(qs));
});

test('quote then speaker: a quoted outlet name in the attribution, and “…,” the president said', () => {
  const qs = quotesOf('quote-then-speaker.txt');
  const spiegel = one(qs, 'real winner of this crisis');
  assert.equal(spiegel.speakerText, 'German "Spiegel"');
  assert.equal(spiegel.speaker?.code, 'DEUMED');
  assert.equal(spiegel.cue, 'wrote');
  assert.ok(spiegel.text.endsWith('four times the price.'), 'the quote spans both of its sentences');
  const serbian = one(qs, 'move its weapons');
  assert.deepEqual([serbian.cue, serbian.speakerText, serbian.direct], ['said', 'the Serbian president', true]);
  assert.ok(serbian.text.endsWith('borders'), 'the attribution comma is not part of the quote');
  assert.equal(qs.length, 2, `the quoted name "Spiegel" is no quote of its own:\n${show(qs)}`);
});

test('"told reporters on Tuesday that": the addressee and the time are skipped', () => {
  const q = one(quotesOf('told-reporters.txt'), 'wrong signals');
  assert.equal(q.cue, 'told');
  assert.equal(q.speaker?.code, 'CHNGOV');
  assert.ok(q.text.startsWith('the United States should stop'), q.text);
});

test('stressed, noted, warned, claimed, added and believes each introduce reported speech', () => {
  const qs = quotesOf('speech-verbs.txt');
  assert.deepEqual(qs.map((q) => `${q.speaker?.country} ${q.cue}`), ['RUS stressed', 'TUR noted', 'USA warned', 'PRK claimed', 'HUN added', 'IRN believes'], show(qs));
});

test('a quote inside a quote belongs to the outer one; apostrophes are no quotation marks; single marks quote', () => {
  const qs = quotesOf('nested-single-curly.txt');
  assert.equal(qs.length, 3, show(qs));
  const peskov = one(qs, 'peace formula');
  assert.ok(peskov.text.includes('‘peace formula’') && peskov.text.includes('countries’ leaders'), peskov.text);
  assert.equal(peskov.speaker?.code, 'RUSGOV');
  const erdogan = one(qs, 'membership of Sweden');
  assert.deepEqual([erdogan.direct, erdogan.speaker?.code, erdogan.cue], [true, 'TURGOV', 'said']);
  // A plural possessive inside straight single marks does not close the quote.
  assert.equal(one(qs, 'Baltic').text, "The Baltic countries' leaders do not decide anything, Washington decides for them.");
});

test('guillemets and German quotation marks', () => {
  const qs = quotesOf('guillemets-german.txt');
  assert.deepEqual(qs.map((q) => [q.speaker?.code, q.direct]), [['BLRGOV', true], ['DEUGOV', true]], show(qs));
  assert.equal(one(qs, 'Deutschland').text, 'Deutschland wird die Ukraine so lange unterstützen wie nötig');
});

test('a quote spans several sentences of its paragraph', () => {
  const q = one(quotesOf('multi-sentence-quote.txt'), 'best deal');
  assert.equal(q.text, 'India buys oil where it gets the best deal. Europe buys Russian gas too. Nobody in Europe asks this question.');
  assert.equal(q.speaker?.code, 'INDGOV');
});

test('a direct quote with no speaker found says so: speaker, speaker text and cue span null, cue ""', () => {
  for (const [file, contains] of [['unattributed-direct.txt', 'distant relative'], ['multi-sentence-quote.txt', 'lectures']] as const) {
    const q = one(quotesOf(file), contains);
    assert.deepEqual([q.speaker, q.speakerText, q.speakerSpan, q.cue, q.cueSpan, q.direct], [null, null, null, '', null, true], file);
  }
});

test('scare quotes, slogans, names and a quoted object of "promised" are not quotes', () => {
  assert.deepEqual(quotesOf('scare-quotes.txt'), []);
});

test('"the two sides" and "the Russian side" resolve through the actors layer', () => {
  const qs = quotesOf('side-speakers.txt');
  const agreed = one(qs, 'restored as soon as possible');
  assert.ok(['RUS', 'TUR'].includes(agreed.speaker?.country ?? ''), show(qs));
  assert.equal(agreed.speakerText, 'The two sides');
  const russian = one(qs, 'exports must be guaranteed');
  assert.deepEqual([russian.speaker?.id, russian.speakerText, russian.cue], ['RUS', 'The Russian side', 'stressed']);
});

test('a speaker phrase naming no known actor keeps its text and span, speaker null', () => {
  const a = analyse('unknown-speaker.txt');
  const q = one(a.quotes, 'border crossings');
  assert.equal(q.speaker, null);
  assert.equal(q.speakerText, 'A senior official of the ministry');
  assert.equal(a.text.slice(q.speakerSpan!.start, q.speakerSpan!.end), q.speakerText);
});

test('free relatives, "there are reports", passives, negation and "insists on" are not speech', () => {
  assert.deepEqual(quotesOf('not-speech.txt'), []);
});

test('", saying that" and "… and stated that" take the subject of their sentence', () => {
  const qs = quotesOf('participle-coordination.txt');
  const sunak = one(qs, '2.5 billion pounds');
  assert.deepEqual([sunak.speaker?.code, sunak.cue], ['GBRGOV', 'saying']);
  const consulates = one(qs, 'open consulates');
  assert.deepEqual([consulates.speaker?.id, consulates.cue], ['NIC', 'stated'], 'the subject, not "Russia" after "apart from"');
});

test('a characterisation is speech when "as" or a quoted complement follows its object; "called a meeting" and "called for" are not', () => {
  const qs = quotesOf('characterisation.txt');
  const described = one(qs, 'violation of the Caspian convention');
  assert.deepEqual([described.cue, described.speaker?.code, described.text], ['described', 'KAZGOV', 'the decision as a violation of the Caspian convention']);
  const called = one(qs, 'shot in our own foot');
  assert.deepEqual([called.cue, called.speaker?.code, called.direct], ['called', 'HUNGOV', true]);
  assert.equal(qs.length, 2, show(qs));
});

test('"He said" with no actor named takes the person quoted just before, unless an unknown name comes between', () => {
  const qs = quotesOf('pronoun-speakers.txt');
  const astana = one(qs, 'next round');
  assert.deepEqual([astana.speakerText, astana.speaker?.code], ['He', 'KAZGOV']);
  const port = one(qs, 'plans for the port');
  assert.deepEqual([port.speakerText, port.speaker], ['He', null], 'Yerlan Karin, unknown to the gazetteer, stands between');
});

test('", adding that" after "…," X said continues X', () => {
  const q = one(quotesOf('adding-participle.txt'), 'resume in June');
  assert.deepEqual([q.cue, q.speakerText, q.speaker?.code], ['adding', 'the Kyrgyz president Japarov', 'KGZGOV']);
});

test('every quote points at its text: sorted by start, text, speaker and cue are their spans', () => {
  const files = readdirSync(fixture('quotes')).filter((f) => f.endsWith('.txt'));
  let seen = 0;
  for (const file of files) {
    const a = analyse(file);
    a.quotes.forEach((q, i) => {
      seen += 1;
      if (i > 0) assert.ok(a.quotes[i - 1]!.span.start <= q.span.start, `${file}: sorted`);
      assert.equal(a.text.slice(q.span.start, q.span.end), q.text, file);
      if (q.speakerSpan) assert.equal(a.text.slice(q.speakerSpan.start, q.speakerSpan.end), q.speakerText, file);
      if (q.cueSpan) assert.equal(a.text.slice(q.cueSpan.start, q.cueSpan.end).toLowerCase(), q.cue, file);
    });
  }
  assert.ok(seen >= 30, `${seen} quotes in ${files.length} fixtures`);
});

test('the stage reads its input without changing it', () => {
  const a = analyse('article-grain-corridor.txt');
  const doc = structuredClone({ text: a.text, sentences: a.sentences, paragraphs: a.paragraphs, actors: a.actors, events: a.events, diagnostics: [], removed: [], meta: {} });
  const before = JSON.stringify(doc);
  const deepFreeze = (o: unknown): void => {
    if (o && typeof o === 'object' && !Object.isFrozen(o)) { Object.freeze(o); Object.values(o).forEach(deepFreeze); }
  };
  deepFreeze(doc);
  const out = quotesStage.run(doc as unknown as Parameters<typeof quotesStage.run>[0]);
  assert.equal(JSON.stringify(doc), before);
  assert.deepEqual(out.quotes, a.quotes);
});
