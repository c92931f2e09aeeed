import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENGLISH_PROSE, LANGUAGE_SAMPLES } from '../testing/sample-prose.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

const show = (tokens: readonly Token[]): string[] => tokens.map((t) => `${t.text}/${t.kind}`);
const of = (text: string): string[] => show(tokenize(text));

describe('tokenize words', () => {
  it('keeps internal apostrophes and hyphens', () => {
    assert.deepEqual(of('Russia’s Sino-Russian don\'t Russia-Ukraine'), [
      'Russia’s/word', 'Sino-Russian/word', "don't/word", 'Russia-Ukraine/word',
    ]);
  });

  it('joins letters and digits across a hyphen', () => {
    assert.deepEqual(of('F-35 S-400 COVID-19 35-year-old'), ['F-35/word', 'S-400/word', 'COVID-19/word', '35-year-old/word']);
  });

  it('splits a spaced hyphen and a trailing apostrophe off', () => {
    assert.deepEqual(of('medium - and countries’ view'), ['medium/word', '-/punct', 'and/word', 'countries/word', '’/punct', 'view/word']);
  });

  it('keeps dotted acronyms whole but not titles', () => {
    assert.deepEqual(of('U.S. e.g. Mr. Lee'), ['U.S./word', 'e.g./word', 'Mr/word', './punct', 'Lee/word']);
  });

  it('does not join sentences glued at a full stop', () => {
    assert.deepEqual(of('Ukraine.However'), ['Ukraine/word', './punct', 'However/word']);
  });

  it('handles Cyrillic, accents and combining marks', () => {
    assert.deepEqual(of('Москва из-за café cafe\u0301'), ['Москва/word', 'из-за/word', 'café/word', 'cafe\u0301/word']);
  });

  it('makes each Han or Hiragana character a token, Hangul words whole', () => {
    assert.deepEqual(of('中俄合作。정부는'), ['中/word', '俄/word', '合/word', '作/word', '。/punct', '정부는/word']);
  });
});

describe('tokenize numbers and symbols', () => {
  it('reads separators and decimals', () => {
    assert.deepEqual(of('800 1,000,000 3.5 1\u00A0250'), ['800/number', '1,000,000/number', '3.5/number', '1\u00A0250/number']);
  });

  it('splits percent and currency signs off', () => {
    assert.deepEqual(of('60% $800 €1.2 ¥5'), ['60/number', '%/symbol', '$/symbol', '800/number', '€/symbol', '1.2/number', '¥/symbol', '5/number']);
  });

  it('keeps a year range apart and a final stop out of a number', () => {
    assert.deepEqual(of('2022-2023 in 2022.'), ['2022/number', '-/punct', '2023/number', 'in/word', '2022/number', './punct']);
  });

  it('treats mixed digits and letters as words', () => {
    assert.deepEqual(of('2nd 1990s 5,000km'), ['2nd/word', '1990s/word', '5,000/number', 'km/word']);
  });

  it('groups dot runs and single punctuation', () => {
    assert.deepEqual(of('wait... “yes”?!'), ['wait/word', '.../punct', '“/punct', 'yes/word', '”/punct', '?/punct', '!/punct']);
  });

  it('treats emoji as symbols and skips invisible format characters', () => {
    assert.deepEqual(of('peace 🕊\u200B now'), ['peace/word', '🕊/symbol', 'now/word']);
  });
});

describe('tokenize offsets', () => {
  const texts = { english: ENGLISH_PROSE, ...LANGUAGE_SAMPLES };
  for (const [name, text] of Object.entries(texts)) {
    it(`slices back to each token (${name})`, () => {
      const tokens = tokenize(text);
      assert.ok(tokens.length > 10);
      let previousEnd = 0;
      for (const t of tokens) {
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= previousEnd && t.end > t.start);
        previousEnd = t.end;
      }
      // Every visible character is in some token.
      const visible = text.replace(/[\s\u200B]/g, '').length;
      assert.equal(tokens.reduce((n, t) => n + t.text.replace(/\s/g, '').length, 0), visible);
    });
  }

  it('tokenizes only within a span, with offsets into the full text', () => {
    const text = 'Talks failed. The envoy left.';
    const tokens = tokenize(text, { start: 14, end: 29 });
    assert.deepEqual(show(tokens), ['The/word', 'envoy/word', 'left/word', './punct']);
    assert.equal(tokens[0]?.start, 14);
    assert.equal(text.slice(tokens[3]?.start, tokens[3]?.end), '.');
  });

  it('returns nothing for empty input', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize('abc', { start: 1, end: 1 }), []);
  });
});
