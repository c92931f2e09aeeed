import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, fromIso6393 } from './detect-language.js';
import { LANGUAGE_SAMPLES } from '../testing/sample-prose.js';

describe('detectLanguage on samples', () => {
  for (const [language, text] of Object.entries(LANGUAGE_SAMPLES)) {
    it(`detects ${language}`, () => {
      const guess = detectLanguage(text);
      assert.equal(guess.language, language);
      assert.equal(guess.basis, 'detected');
      assert.ok(guess.confidence >= 0.5, `confidence ${guess.confidence}`);
    });
  }

  it('detects Chinese among a few English words', () => {
    const text = '美国国务院周二发表声明，称 NATO 和 G7 将继续向乌克兰提供军事援助，但俄罗斯方面对此表示强烈反对。';
    assert.equal(detectLanguage(text).language, 'zh');
  });
});

describe('detectLanguage with a declared language', () => {
  it('keeps the declared language when detection agrees', () => {
    assert.deepEqual(detectLanguage(LANGUAGE_SAMPLES.en, 'en-US'), { language: 'en', confidence: 1, basis: 'declared' });
  });

  it('overrides a declared language that clear detection contradicts', () => {
    const guess = detectLanguage(LANGUAGE_SAMPLES.ru, 'en');
    assert.equal(guess.language, 'ru');
    assert.equal(guess.basis, 'detected');
  });

  it('keeps the declared language when detection is unsure', () => {
    const guess = detectLanguage('Путин заявил, что NATO и the West не остановят Россию.', 'ru');
    assert.deepEqual(guess, { language: 'ru', confidence: 0.9, basis: 'declared' });
    const mixed = detectLanguage('Kyiv, Lviv und Odesa: Lage unklar.', 'uk');
    assert.equal(mixed.language, 'uk');
    assert.equal(mixed.basis, 'declared');
  });
});

describe('detectLanguage on short text', () => {
  it('returns und with basis default when nothing is declared', () => {
    assert.deepEqual(detectLanguage('Russia and China'), { language: 'und', confidence: 0, basis: 'default' });
    assert.deepEqual(detectLanguage(''), { language: 'und', confidence: 0, basis: 'default' });
    assert.deepEqual(detectLanguage('2024/05/21 1388 ...'), { language: 'und', confidence: 0, basis: 'default' });
  });

  it('returns the declared language, normalised', () => {
    assert.deepEqual(detectLanguage('Russia and China', 'EN-gb'), { language: 'en', confidence: 0.6, basis: 'declared' });
  });

  it('ignores a declared tag that names no language', () => {
    assert.equal(detectLanguage('Russia and China', 'und').basis, 'default');
  });
});

describe('fromIso6393', () => {
  it('maps to ISO 639-1 where one exists, macrolanguages included', () => {
    assert.equal(fromIso6393('eng'), 'en');
    assert.equal(fromIso6393('cmn'), 'zh');
    assert.equal(fromIso6393('arb'), 'ar');
    assert.equal(fromIso6393('ceb'), 'ceb');
  });
});
