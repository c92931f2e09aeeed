import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyMeta } from '../extract/extracted.js';
import { segment } from '../text/segment.js';
import { actorsStage } from './actors-stage.js';
import { defaultGazetteer } from './analyze-context.js';

/** The code each mention whose text includes `word` resolves to, in order. */
const codesOf = (text: string, word: string, site: string | null = null): string[] =>
  actorsStage(defaultGazetteer()).run({ text, ...segment(text), meta: { ...emptyMeta(), published: '2021-03-10', site }, removed: [], diagnostics: [] })
    .actors.flatMap((a) => a.mentions.filter((m) => m.text.includes(word)).map((m) => [m.start, a.code] as const))
    .sort((a, b) => a[0] - b[0]).map(([, code]) => code);

test('a national body without a country takes the state the paragraph names', () => {
  assert.deepEqual(codesOf('The Polish defence ministry sent troops to the border. The General Staff said the exercise would last a week.', 'General Staff'), ['POLMIL']);
  // An ambassador is posted abroad: no sign of the country the passage is in.
  assert.deepEqual(codesOf('Turkish Foreign Minister Cavusoglu summoned the Dutch ambassador. Later the customs stopped Dutch flower imports.', 'customs'), ['TURGOV']);
});

test('two states in view: the body is left unplaced', () => {
  assert.deepEqual(codesOf('Brazilian President Lula met the Argentine President. The Foreign Ministry issued a statement.', 'Foreign Ministry'), []);
});

test('with nothing in the paragraph, the state the article is mostly about', () => {
  const text = 'Kenyan President Ruto spoke in Nairobi. The Kenyan army moved north. Kenyan police closed roads. The Kenyan defence minister agreed.\n\n'
    + 'The Ugandan envoy was not invited.\n\nOn Friday the Ministry of Trade suspended sugar imports.';
  assert.deepEqual(codesOf(text, 'Ministry of Trade'), ['KENGOV']);
});

test('a dateline or a national outlet names the article\'s state', () => {
  assert.deepEqual(codesOf('HANOI, March 9 (Reuters) - Fishing boats were seized.\n\nThe Foreign Ministry protested.', 'Foreign Ministry'), ['VNMGOV']);
  assert.deepEqual(codesOf('As Anadolu Agency reports with reference to the Defence Ministry, two drones were downed.', 'Defence Ministry'), ['TURMIL']);
});

test('a demonym before a ministry names its state; plural ministries stay unplaced', () => {
  assert.deepEqual(codesOf('The Estonian transport ministry closed the port.', 'ministry'), ['ESTGOV']);
  assert.deepEqual(codesOf('Chilean President Boric spoke. The ministries of both countries met.', 'ministries'), []);
});

test('an office before a rank and a name is the person\'s, not another mention', () => {
  const text = 'The Russian Defence Ministry spoke. According to ministry spokesman Major General Igor Konashenkov, the convoy passed.';
  assert.deepEqual(codesOf(text, 'spokesman'), []);
});
