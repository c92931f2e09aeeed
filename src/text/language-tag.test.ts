import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseLanguageTag, toPrimarySubtag } from './language-tag.js';

describe('normaliseLanguageTag', () => {
  const cases: ReadonlyArray<readonly [string | null | undefined, string | null]> = [
    ['en-US', 'en'],
    ['EN', 'en'],
    [' zh_Hans_CN ', 'zh'],
    ['eng', 'en'],
    ['rus', 'ru'],
    ['fre', 'fr'],
    ['ger', 'de'],
    ['chi', 'zh'],
    ['yue', 'yue'],
    ['iw', 'he'],
    ['und', null],
    ['x-klingon', null],
    ['', null],
    [null, null],
    [undefined, null],
    ['english', null],
  ];
  for (const [tag, expected] of cases) {
    it(`${String(tag)} → ${String(expected)}`, () => assert.equal(normaliseLanguageTag(tag), expected));
  }
});

describe('toPrimarySubtag', () => {
  it('lowercases and replaces deprecated codes', () => {
    assert.equal(toPrimarySubtag('DE'), 'de');
    assert.equal(toPrimarySubtag('in'), 'id');
  });
});
