// Choosing a trigger's code from the words around it: words after the trigger, words before it
// (`*` in a pattern), and patterns whose words make the trigger no event (a null code).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseCode } from './match-pattern.js';
import type { TaggedToken } from './tag-sentence.js';
import { compilePattern, type Trigger } from './trigger-schema.js';

/** Tokens of a sentence of lower-case words, each its own lemma but for the given ones. */
const tokens = (sentence: string, lemmas: Record<string, string> = {}): TaggedToken[] => {
  let at = 0;
  return sentence.split(' ').map((text) => {
    const t = { start: at, end: at + text.length, text, lower: text, lemma: lemmas[text] ?? text, pos: 'X' };
    at += text.length + 1;
    return t;
  });
};
const trigger = (code: string | null, patterns: [string, string | null][]): Trigger =>
  ({ lemma: 'plant', pos: 'verb', code, role: 'default', patterns: patterns.map(([w, c]) => compilePattern(w, c)) });
const codeOf = (t: Trigger, sentence: string, verb: string): string | null => {
  const words = tokens(sentence, { planted: 'plant' });
  const at = words.findIndex((w) => w.text === verb);
  return chooseCode(t, words, at, words.length)?.code ?? null;
};

test('words before the trigger: the last one right before it', () => {
  const t = trigger('060', [['carefully *', '071'], ['rose ... bushes', '062']]);
  assert.equal(codeOf(t, 'they carefully planted trees', 'planted'), '071');
  assert.equal(codeOf(t, 'they carefully have planted trees', 'planted'), '060');
  assert.equal(codeOf(t, 'they planted trees carefully', 'planted'), '060');
});

test('words on both sides count together; gaps before the trigger reach five words', () => {
  const t = trigger('060', [['old ... carefully *', '072'], ['carefully *', '071'], ['trees', '063']]);
  assert.equal(codeOf(t, 'old men very carefully planted', 'planted'), '072');
  const both = trigger('060', [['carefully * trees', '073'], ['trees', '063']]);
  assert.equal(codeOf(both, 'they carefully planted young trees', 'planted'), '073');
  assert.equal(codeOf(both, 'they planted young trees', 'planted'), '063');
});

test('a pattern with a null code makes the trigger no event; a more specific one still codes', () => {
  const t = trigger('060', [['tulips', null], ['red tulips', '064']]);
  assert.equal(codeOf(t, 'they planted tulips', 'planted'), null);
  assert.equal(codeOf(t, 'they planted red tulips', 'planted'), '064');
  assert.equal(codeOf(t, 'they planted roses', 'planted'), '060');
});

test('compilePattern splits at * and keeps the words as written', () => {
  const p = compilePattern('death toll * sharply', '190');
  assert.deepEqual(p.before.map((s) => (typeof s === 'string' ? s : [...s])), [['death'], ['toll']]);
  assert.deepEqual(p.slots.map((s) => (typeof s === 'string' ? s : [...s])), [['sharply']]);
  assert.equal(p.words, 'death toll * sharply');
  assert.deepEqual(compilePattern('... diplomatic ties|relations', '054').before, []);
});
