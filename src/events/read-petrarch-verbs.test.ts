// PETRARCH verb dictionaries read into trigger entries: synonym sets (nested, with plurals),
// patterns before and after the verb, multi-word verbs, codes our catalogue does not list, and
// malformed lines reported with file and line. The dictionaries here are our own small texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NO_SHARED, sharedDir } from '../testing/paths.js';
import { loadCameoCatalogue } from './cameo-catalogue.js';
import { petrarchTriggers, readCode, regularForms } from './petrarch-triggers.js';
import { readPetrarchVerbText } from './read-petrarch-verbs.js';
import type { Trigger } from './trigger-schema.js';

const catalogue = loadCameoCatalogue();

const DICTIONARY = `<!-- a small verb dictionary
     --- NOT [010] --- a block inside a comment -->
&FRUIT
+APPLE
+CHERRY
+STAR_FRUIT        # a phrase: no plural
+KIWI_             # no plural

&FOOD
+&FRUIT
+BREAD

&MODES_
+BY SEA
+OVERLAND

--- PLANT [060] ---
PLANT
SOW {SOWS SOWED SOWN SOWING} [061]
+DIG_UP {+DIGS_UP +DUG_UP +DIGGING_UP}
- * {ROSE BUSHES} [062]
- * (WITH &FRUIT) [063]
- * (ALONGSIDE) [064]
- CAREFULLY * [071]
- $ SECRETLY * TREES + [072]
- + * TREES [073]
- $ * HEDGES $ [074]
- * &FOOD [0311]
- * &MODES_ [0312]
- * TULIPS [---]
- * WEEDS [1717]
- * NETTLES [901]
- * THISTLES [040:042]
- * BRAMBLES [:080]
- * CLOVER [+++]
- % * [050]
#- * COMMENTED OUT [111]
- * {UNCLOSED [111]
- * &UNDEFINED [111]

--- HARVEST [---] ---
HARVEST
REAP
- * CROP [080]
- * (WITH ^) (AT +) [081]
  ~ a transformation
NONSENSE LINE WITH WORDS [1
`;

const read = () => {
  const text = readPetrarchVerbText(DICTIONARY, 'mine.verbs.txt');
  const r = petrarchTriggers(text, 'mine.verbs.txt', catalogue);
  return { text, ...r, diagnostics: [...text.diagnostics, ...r.diagnostics] };
};
const trigger = (lemma: string): Trigger => {
  const u = read().updates.find((x) => x.trigger.lemma === lemma);
  assert.ok(u, `no entry for ${lemma}`);
  return u.trigger;
};
const patterns = (t: Trigger): string[] => t.patterns.map((p) => `${p.words} → ${p.code}`);

test('blocks, verbs and their codes: a verb\'s own code, else its block\'s; [---] codes nothing', () => {
  const { text } = read();
  assert.deepEqual(text.blocks.map((b) => [b.name, b.code, b.verbs.length, b.patterns.length]), [['PLANT', '060', 3, 18], ['HARVEST', '---', 2, 2]]);
  assert.equal(trigger('plant').code, '060');
  assert.equal(trigger('sow').code, '061');
  assert.equal(trigger('reap').code, null);
  assert.deepEqual(patterns(trigger('reap')), ['crop → 080', 'with ... at → 081']);
});

test('forms: irregular ones as listed, else PETRARCH\'s regular ones', () => {
  assert.deepEqual(trigger('sow').forms, ['sow', 'sows', 'sowed', 'sown', 'sowing']);
  assert.deepEqual(regularForms('PLANT'), ['plant', 'plants', 'planted', 'planting']);
  assert.deepEqual(regularForms('MAKE'), ['make', 'makes', 'maked', 'making']);
  assert.deepEqual(regularForms('AGREE'), ['agree', 'agrees', 'agreed', 'agreeing']);
  assert.deepEqual(regularForms('CARRY'), ['carry', 'carries', 'carryed', 'carrying']);
});

test('patterns: noun phrases adjacent, prepositional phrases, words before the verb, default markers dropped', () => {
  const got = patterns(trigger('plant'));
  assert.ok(got.includes('rose bushes → 062'), got.join('\n'));
  assert.ok(got.includes('with ... apple|apples|cherry|cherries|kiwi → 063'), got.join('\n'));
  assert.ok(got.includes('with ... star_fruit → 063') === false && got.includes('with ... star fruit → 063'), got.join('\n'));
  assert.ok(got.includes('alongside → 064'), got.join('\n'));
  assert.ok(got.includes('carefully * → 071'), got.join('\n'));
  assert.ok(got.includes('secretly * trees → 072'), got.join('\n'));
  assert.deepEqual(trigger('plant').preps, ['alongside']);
});

test('markers the other way round ("+ * trees": the subject is the target) make a pattern with reverse roles', () => {
  const trees = trigger('plant').patterns.find((p) => p.code === '073');
  assert.deepEqual([trees?.words, trees?.role], ['trees', 'reverse']);
  assert.equal(trigger('plant').patterns.find((p) => p.code === '072')?.role, undefined);
});

test('synonym sets: nested sets flattened, one-word members in one slot, phrases one pattern each; a `_` name adds no plurals', () => {
  const got = patterns(trigger('plant'));
  assert.ok(got.includes('apple|apples|cherry|cherries|kiwi|bread|breads → 0311'), got.join('\n'));
  assert.ok(got.includes('star fruit → 0311'), got.join('\n'));
  assert.ok(got.includes('overland → 0312') && got.includes('by sea → 0312'), got.join('\n'));
  assert.ok(!got.some((p) => p.includes('overlands')), got.join('\n'));
});

test('codes: null, codes the catalogue does not list, a pair codes the act both ways; one for the other way only or a non-code is skipped', () => {
  const got = patterns(trigger('plant'));
  assert.ok(got.includes('tulips → null'));
  assert.ok(got.includes('weeds → 1717') && got.includes('nettles → 901'));
  const thistles = trigger('plant').patterns.find((p) => p.words === 'thistles');
  assert.deepEqual([thistles?.code, thistles?.reverse], ['040', '042']);
  assert.ok(!got.some((p) => /brambles|clover/.test(p)), got.join('\n'));
  assert.deepEqual(readCode('032:033'), { code: '032', reverse: '033' });
  assert.deepEqual(readCode('---'), { code: null, reverse: null });
  assert.deepEqual(readCode('075A'), { code: '075A', reverse: null });
  assert.deepEqual(readCode('040:---'), { code: '040', reverse: null });
  for (const bad of ['xyz', ':080', '040:x']) assert.ok('problem' in readCode(bad), bad);
});

test('% before the verb: a pattern for compound subjects only; ^ is dropped', () => {
  const compound = trigger('plant').patterns.find((p) => p.code === '050');
  assert.deepEqual([compound?.words, compound?.reciprocal], ['', true]);
  assert.ok(patterns(trigger('reap')).includes('with ... at → 081'), patterns(trigger('reap')).join('\n'));
});

test('multi-word verbs are patterns of their verb word, with the block\'s patterns after the particle', () => {
  const dig = read().updates.find((u) => u.trigger.lemma === 'dig');
  assert.equal(dig?.merge, 'extend');
  assert.deepEqual(patterns(dig!.trigger).slice(0, 2), ['up ... rose bushes → 062', 'up ... with ... apple|apples|cherry|cherries|kiwi → 063']);
  assert.ok(patterns(dig!.trigger).includes('up → 060'));
  assert.equal(read().updates.find((u) => u.trigger.lemma === 'plant')?.merge, 'inherit');
});

test('one info diagnostic per file on what was skipped, one per unlisted code; malformed lines name file and line', () => {
  const reasons = read().diagnostics.map((d) => `${d.severity} ${d.reason}`);
  const summary = reasons.find((r) => r.startsWith('info mine.verbs.txt: 5 verbs in 2 blocks'));
  assert.ok(summary, reasons.join('\n'));
  assert.match(summary, /20 patterns, 15 expressed, 5 skipped/);
  assert.match(summary, /1 actor markers placing source and target both ways \(\$ \+\)/);
  assert.match(summary, /1 only a code for the other way \(:CODE\)/);
  assert.match(summary, /1 not an event code \[\+\+\+\]/);
  assert.match(summary, /1 an undefined synonym set \(&UNDEFINED\)/);
  assert.match(summary, /1 verb transformations/);
  assert.ok(reasons.some((r) => /^info mine\.verbs\.txt: code 1717 is not in the CAMEO catalogue: kept as written, .* ancestor 171 /.test(r)), reasons.join('\n'));
  assert.ok(reasons.some((r) => /^info mine\.verbs\.txt: code 901 is not in the CAMEO catalogue: .* of 01 .*no listed ancestor/.test(r)), reasons.join('\n'));
  assert.ok(reasons.includes("warning mine.verbs.txt:38: an unclosed '{' or '(': - * {UNCLOSED [111]"), reasons.join('\n'));
  assert.ok(reasons.includes('warning mine.verbs.txt:47: cannot read the verb line: NONSENSE LINE WITH WORDS [1'), reasons.join('\n'));
  assert.ok(!reasons.some((r) => /COMMENTED|NOT \[010\]/.test(r)), 'comments are not read');
});

test("PETRARCH's validation verb dictionary reads, its patterns mostly expressed", { skip: sharedDir ? false : NO_SHARED }, (t) => {
  const file = join(sharedDir!, 'dev', 'petrarch', 'PETR.Validate.verbs.2.0.txt');
  const text = readPetrarchVerbText(readFileSync(file, 'utf8'), file);
  const r = petrarchTriggers(text, file, catalogue);
  const summary = r.diagnostics.find((d) => d.ruleId === 'events/dictionary' && d.severity === 'info')?.reason ?? '';
  t.diagnostic(summary);
  const m = /(\d+) patterns, (\d+) expressed, (\d+) skipped/.exec(summary);
  assert.ok(m, summary);
  const [total, expressed] = [Number(m[1]), Number(m[2])];
  assert.ok(total > 300 && expressed / total > 0.9, summary);
  const byLemma = new Map(r.updates.map((u) => [u.trigger.lemma, u.trigger]));
  for (const lemma of ['abandon', 'contribute', 'welcome', 'say']) assert.ok(byLemma.get(lemma)?.patterns.length, lemma);
  assert.ok(text.diagnostics.every((d) => /^.*PETR\.Validate\.verbs\.2\.0\.txt:\d+: /.test(d.reason)), 'every malformed line is named');
});
