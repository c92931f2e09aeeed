import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lineLengths } from './line-break.js';
import { splitSentences } from './split-sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

type Case = readonly [string, readonly string[]];

const check = (cases: readonly Case[]): void => {
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(sentences(text), expected));
  }
};

describe('blank lines', () => {
  check([
    ['Sanctions and their limits\n\nThe EU agreed a new package', ['Sanctions and their limits', 'The EU agreed a new package']],
    ['The talks went on until\n\nlate at night.', ['The talks went on until', 'late at night.']],
    ['One.\n \t\nTwo.\r\n\r\nThree.', ['One.', 'Two.', 'Three.']],
  ]);
});

describe('single line breaks after terminal punctuation', () => {
  check([
    ['Kyiv reported two strikes.\nMoscow denied it.', ['Kyiv reported two strikes.', 'Moscow denied it.']],
    ['Was it planned?”\nNobody could say.', ['Was it planned?”', 'Nobody could say.']],
    ['The ministry said it would respond.\nand later it did.', ['The ministry said it would respond.', 'and later it did.']],
    ['A statement was read by Gen.\nPetrov on Monday.', ['A statement was read by Gen.\nPetrov on Monday.']],
    ['Officials arrived from the U.S.\nThey met at noon.', ['Officials arrived from the U.S.', 'They met at noon.']],
    ['Officials arrived from the U.S.\nand Canada.', ['Officials arrived from the U.S.\nand Canada.']],
    ['The letter was signed by John F.\nKennedy himself.', ['The letter was signed by John F.\nKennedy himself.']],
  ]);
});

describe('single line breaks without terminal punctuation', () => {
  check([
    // Soft wraps of hard-wrapped prose: lines of similar width.
    [
      'The foreign ministers of both countries met in\nGeneva on Friday and agreed to continue\nthe talks in the spring.',
      ['The foreign ministers of both countries met in\nGeneva on Friday and agreed to continue\nthe talks in the spring.'],
    ],
    [
      'Both sides said the meeting had been useful and\nUnited Nations observers were invited to join.',
      ['Both sides said the meeting had been useful and\nUnited Nations observers were invited to join.'],
    ],
    // A heading on its own line above a long one-line paragraph.
    [
      'Latest developments\nKyiv said on Monday that two drones had been shot down over the region overnight.',
      ['Latest developments', 'Kyiv said on Monday that two drones had been shot down over the region overnight.'],
    ],
    [
      'Background\nWhy it matters\nThe pipeline carries a third of the region’s gas and was damaged twice last year.',
      ['Background', 'Why it matters', 'The pipeline carries a third of the region’s gas and was damaged twice last year.'],
    ],
    [
      'Latest developments\r\nKyiv said on Monday that two drones had been shot down over the region overnight.',
      ['Latest developments', 'Kyiv said on Monday that two drones had been shot down over the region overnight.'],
    ],
    // Not a heading: the next line starts in lowercase.
    ['Latest developments\nare reported every hour by the regional administration on its channel.', [
      'Latest developments\nare reported every hour by the regional administration on its channel.',
    ]],
    // Not a heading: the line continues a sentence begun on the line above.
    [
      'The minister said that the decision was final. Officials of the\nCouncil\nEurope agreed with him after a long debate in the chamber.',
      ['The minister said that the decision was final.', 'Officials of the\nCouncil\nEurope agreed with him after a long debate in the chamber.'],
    ],
    // Not a heading: more than twelve words.
    [
      'China and Russia issue a long joint statement to strengthen coordination against pressure from abroad\nThe statement was published on Tuesday after a long meeting between the delegations in the capital city.',
      ['China and Russia issue a long joint statement to strengthen coordination against pressure from abroad\nThe statement was published on Tuesday after a long meeting between the delegations in the capital city.'],
    ],
    // Not a heading: ends with a digit or a colon.
    ['Round 3\nThe talks resumed on Monday after a week of consultations in both capitals.', [
      'Round 3\nThe talks resumed on Monday after a week of consultations in both capitals.',
    ]],
    ['He said:\nThe war must end before winter comes and the supply lines freeze.', [
      'He said:\nThe war must end before winter comes and the supply lines freeze.',
    ]],
    // Two short lines give no evidence of a heading: kept together.
    ['Latest News\nMore Stories', ['Latest News\nMore Stories']],
  ]);
});

describe('bulleted list items', () => {
  check([
    ['Latest News\n• Talks resume in Geneva\n• Kyiv reports drone strikes', ['Latest News', '• Talks resume in Geneva', '• Kyiv reports drone strikes']],
    ['Key figures\n- 12 tanks were delivered\n- 3 more are expected', ['Key figures', '- 12 tanks were delivered', '- 3 more are expected']],
    ['deployment of medium\n- and short-range missiles', ['deployment of medium\n- and short-range missiles']],
  ]);
});

describe('lineLengths', () => {
  it('finds the two longest lines of a paragraph', () => {
    const text = 'ab\nabcdef\nabcd';
    assert.deepEqual(lineLengths(text, { start: 0, end: text.length }), { longest: 6, second: 4 });
  });
});
