import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordTokens } from './word-tokens.js';

test('word tokens are normalised and keep their offsets in the original text', () => {
  const text = 'Russia\u2019s  ARMY,in 2022:1,250 troops.However';
  const tokens = wordTokens(text);
  assert.deepEqual(tokens.map((t) => t.text), ["russia's", 'army', 'in', '2022', '1,250', 'troops', 'however']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).normalize('NFKC').toLowerCase().replace('\u2019', "'"), t.text);
});

test('each Han or kana character is a token of its own', () => {
  assert.deepEqual(wordTokens('中俄 partnership 联合声明').map((t) => t.text), ['中', '俄', 'partnership', '联', '合', '声', '明']);
});

test('full-width letters and digits are read as their plain forms', () => {
  assert.deepEqual(wordTokens('\uFF2E\uFF21\uFF34\uFF2F \uFF12\uFF10\uFF12\uFF12').map((t) => t.text), ['nato', '2022']);
});
