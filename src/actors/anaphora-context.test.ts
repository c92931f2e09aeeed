import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyMeta } from '../extract/extracted.js';
import { segment } from '../text/segment.js';
import { actorsStage } from './actors-stage.js';
import { defaultGazetteer } from './analyze-context.js';

/** The codes a phrase (matched exactly) resolves to at its `nth` occurrence. */
const codesAt = (text: string, phrase: string, nth = 0): string[] => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return actorsStage(defaultGazetteer()).run({ text, ...segment(text), meta: { ...emptyMeta(), published: '2020-06-01' }, removed: [], diagnostics: [] })
    .actors.filter((a) => a.mentions.some((m) => m.start === at && m.text === phrase)).map((a) => a.code).sort();
};

test('"its" right after its owner and a verb', () => {
  assert.deepEqual(codesAt('Ecuador protested to Peru. On Monday Chile closed its border crossings.', 'its'), ['CHL']);
  assert.deepEqual(codesAt('Canada and its allies disagreed with Russia.', 'its'), ['CAN']);
  // Another owner in the sentence: no guess.
  assert.deepEqual(codesAt('Norway waited while Finland ratified its accession.', 'its'), []);
});

test('"he" is the one person the sentence itself named before it', () => {
  const text = 'Macron called Orban. In a speech, Biden said he would act.';
  assert.deepEqual(codesAt(text, 'he'), ['USA']); // out of office at the page's date: the bare country
  // An object pronoun is not its own subject: not Scholz (and with two people in view, no guess).
  assert.deepEqual(codesAt('Scholz met Erdogan in Berlin. Later Scholz urged him to act.', 'him'), []);
});

test('"both sides" of a third party\'s appeal are the article\'s two parties', () => {
  const text = 'Armenia and Azerbaijan traded fire. Azerbaijan accused Armenia of shelling. Armenia blamed Azerbaijan. '
    + 'Iranian Foreign Minister Zarif phoned the Armenian foreign minister and urged both sides to show restraint.';
  assert.deepEqual(codesAt(text, 'both sides'), ['ARM', 'AZE']);
});

test('"the two countries" with one party in view: the article\'s dyad that holds it', () => {
  const text = 'Ethiopia and Egypt argued over the dam. Egypt warned Ethiopia. Ethiopia rejected Egypt\'s demands. The talks stalled in July. '
    + 'Ethiopian Prime Minister Abiy said the two countries should talk.';
  assert.deepEqual(codesAt(text, 'the two countries'), ['EGY', 'ETH']);
});

test('a region before a people\'s phrase is one actor with it', () => {
  const text = 'Shelling hit the positions of the Karabakh Armenian forces overnight.';
  assert.deepEqual(codesAt(text, 'Karabakh Armenian forces'), ['ARMMIL']);
});

test('separatist leaders and companies from the dictionaries', () => {
  assert.deepEqual(codesAt('Arayik Harutyunyan admitted defeat.', 'Arayik Harutyunyan'), ['AZEREB']);
  assert.deepEqual(codesAt('Maersk said it would reroute.', 'Maersk'), ['DNKBUS']);
});
