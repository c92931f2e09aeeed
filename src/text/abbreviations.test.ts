import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationKind, isSentenceStarter } from './abbreviations.js';

describe('abbreviationKind', () => {
  const cases: ReadonlyArray<readonly [string, ReturnType<typeof abbreviationKind>]> = [
    ['Mr', 'continuing'],
    ['e.g', 'continuing'],
    ['No', 'continuing'],
    ['Ukraine.Mr', 'continuing'],
    ['etc', 'final-capable'],
    ['Sept', 'final-capable'],
    ['p.m', 'final-capable'],
    ['U.S', 'acronym'],
    ['U.N', 'acronym'],
    ['J', 'initial'],
    ['Ukraine', null],
    ['no.', null],
    ['2022', null],
    ['mr', null],
  ];
  for (const [token, kind] of cases) {
    it(`${token} → ${String(kind)}`, () => assert.equal(abbreviationKind(token), kind));
  }
});

describe('isSentenceStarter', () => {
  it('knows common capitalised openers only', () => {
    assert.equal(isSentenceStarter('The'), true);
    assert.equal(isSentenceStarter('However'), true);
    assert.equal(isSentenceStarter('the'), false);
    assert.equal(isSentenceStarter('Tolkien'), false);
  });
});
