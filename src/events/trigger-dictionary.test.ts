// The bundled trigger dictionary: it loads against the CAMEO catalogue, covers every root, and its
// patterns give the codes their words mean; the loud failure on a bad file; user files override.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../core/errors.js';
import { loadCameoCatalogue } from './cameo-catalogue.js';
import { defaultTriggersFile } from './package-root.js';
import { GAP } from './trigger-schema.js';
import type { PatternSlot, Trigger } from './trigger-schema.js';
import { loadTriggers } from './trigger-dictionary.js';

const catalogue = loadCameoCatalogue();
const triggers = loadTriggers();
const all = [...triggers];
const codesOf = (t: Trigger): string[] => [t.code, ...t.patterns.map((p) => p.code)].filter((c): c is string => c !== null);

// A plain reading of the pattern syntax (trigger-schema.ts), to check what the data says: the
// first word slot starts within eight words, one after `...` within five, the others adjacent; the
// pattern with the most word slots wins, ties the first listed.
function matchFrom(slots: readonly PatternSlot[], words: readonly string[], at: number, lead: number): boolean {
  const [slot, ...rest] = slots;
  if (slot === undefined) return true;
  if (slot === GAP) return matchFrom(rest, words, at, 5);
  for (let i = at; i <= at + lead && i < words.length; i += 1) {
    if (slot.has(words[i]!) && matchFrom(rest, words, i + 1, 0)) return true;
  }
  return false;
}
const weight = (slots: readonly PatternSlot[]): number => slots.filter((s) => s !== GAP).length;
function codeFor(t: Trigger | undefined, after: string): string | null | undefined {
  if (!t) return undefined;
  const words = after.split(' ');
  let best: { code: string | null; weight: number } | undefined;
  for (const p of t.patterns) {
    if (matchFrom(p.slots, words, 0, 8) && (!best || weight(p.slots) > best.weight)) best = { code: p.code, weight: weight(p.slots) };
  }
  return best ? best.code : t.code;
}

test('the bundled dictionary loads: several hundred verbs, over a hundred nouns', () => {
  const verbs = all.filter((t) => t.pos === 'verb').length;
  assert.ok(verbs >= 350 && verbs <= 650, `verbs: ${verbs}`);
  assert.ok(triggers.size - verbs >= 80, `nouns: ${triggers.size - verbs}`);
  assert.deepEqual(triggers.files, [defaultTriggersFile()]);
});

test('every code is listed in the catalogue, and every root has at least three 3-digit codes', () => {
  const used = new Set(all.flatMap(codesOf));
  for (const code of used) assert.ok(catalogue.has(code), code);
  for (let r = 1; r <= 20; r += 1) {
    const root = String(r).padStart(2, '0');
    const threes = [...used].filter((c) => c.length === 3 && c.startsWith(root));
    assert.ok(threes.length >= 3, `root ${root}: ${threes.join(' ')}`);
  }
});

test('roles: statement verbs are speech, receive-type verbs reverse', () => {
  for (const lemma of ['say', 'state', 'announce', 'declare', 'stress', 'tell', 'claim', 'insist', 'reveal']) {
    assert.equal(triggers.verb(lemma)?.role, 'speech', lemma);
  }
  assert.equal(triggers.verb('say')?.code, '010');
  assert.equal(triggers.verb('admit')?.code, '015');
  for (const lemma of ['receive', 'get', 'obtain']) assert.equal(triggers.verb(lemma)?.role, 'reverse', lemma);
  for (const lemma of ['reject', 'oppose', 'deny', 'accuse', 'threaten']) assert.equal(triggers.verb(lemma)?.role, 'default', lemma);
  assert.deepEqual(triggers.verb('impose')?.preps, ['on', 'against', 'upon']);
  assert.equal(triggers.verb('Say')?.lemma, 'say'); // a capitalised lemma still finds its entry
});

test('verb spot checks: the words after the trigger pick the code', () => {
  const cases: [string, string, string | null][] = [
    ['restore', 'diplomatic ties with qatar', '054'], ['restore', 'calm', null],
    ['provide', 'ukraine with military aid', '072'], ['provide', 'humanitarian aid to gaza', '073'],
    ['impose', 'new sanctions on russia', '163'], ['impose', 'a curfew', '1723'],
    ['withdraw', 'its troops from the region', '0874'], ['withdraw', 'from the talks', '164'],
    ['send', 'troops to the border', '154'], ['send', 'food aid', '073'],
    ['call', 'for a ceasefire', '0256'], ['call', 'on israel to release the hostages', '0253'], ['call', 'off the talks', '164'],
    ['urge', 'iran to return to talks', '026'], ['demand', 'the release of prisoners', '1053'],
    ['threaten', 'to impose sanctions', '1312'], ['threaten', 'nuclear retaliation', '1385'],
    ['accuse', 'russia of war crimes', '1124'], ['accuse', 'china of espionage', '1125'], ['accuse', 'them', '112'],
    ['reject', 'the peace plan', '127'], ['refuse', 'to comment', '011'],
    ['launch', 'a missile strike on kyiv', '195'], ['carry', 'out airstrikes on gaza', '195'],
    ['go', 'on hunger strike', '142'], ['hold', 'joint military exercises', '062'], ['hold', 'talks with iran', '040'],
    ['reach', 'a ceasefire agreement', '0871'], ['sign', 'a trade deal', '057'], ['strike', 'a deal', '057'],
    ['pull', 'out of afghanistan', '087'], ['lift', 'sanctions on iran', '085'], ['cut', 'diplomatic ties with', '161'],
    ['expel', 'russian diplomats', '161'], ['seize', 'control of the city', '192'], ['seize', 'an oil tanker', '1711'],
    ['use', 'chemical weapons', '2041'], ['receive', 'weapons from the us', '072'], ['fire', 'missiles at kyiv', '195'],
    ['step', 'down', '0831'], ['agree', 'to a ceasefire', '0871'], ['offer', 'to mediate', '039'], ['stage', 'a protest', '141'],
    ['make', 'concessions', '080'], ['shell', 'the city', '194'], ['massacre', 'villagers', '202'],
  ];
  for (const [lemma, after, code] of cases) assert.equal(codeFor(triggers.verb(lemma), after), code, `${lemma} ${after}`);
});

test('noun spot checks', () => {
  const invasion = triggers.noun('invasion');
  assert.ok(invasion && invasion.code !== null && Number(invasion.code.slice(0, 2)) >= 17, 'invasion codes a root 17–20');
  assert.deepEqual(invasion.preps, ['of']);
  assert.equal(triggers.noun('sanction')?.code, '163');
  assert.equal(codeFor(triggers.noun('talk'), 'on a ceasefire deal'), '046');
  assert.equal(codeFor(triggers.noun('withdrawal'), 'of russian troops'), '0874');
  assert.equal(codeFor(triggers.noun('assassination'), 'attempt'), '185');
  assert.equal(triggers.verb('invasion'), undefined);
});

const dir = mkdtempSync(join(tmpdir(), 'entente-triggers-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, verbs: unknown[], nouns: unknown[] = []): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ $schema: 'entente/events/triggers', version: 1, verbs, nouns }, null, 2));
  return file;
};
const rejects = (file: string, ...patterns: RegExp[]) =>
  assert.throws(() => loadTriggers([file], catalogue), (e: unknown) => {
    assert.ok(e instanceof DataFileError);
    assert.equal(e.file, file);
    for (const p of patterns) assert.match(e.message, p);
    return true;
  });

test('a bad file names each problem: unknown code, bad lemma, duplicate lemma, upper-case pattern, null with no pattern', () => {
  const file = write('bad.json', [
    { lemma: 'restore', code: '099' },
    { lemma: 'Restore', code: '064' },
    { lemma: 'rebuff', code: '120', patterns: [{ words: '... Talks', code: '125' }] },
    { lemma: 'rebuff', code: '120' },
    { lemma: 'provide', code: null, patterns: [{ words: '... aid', code: '0799' }, { words: 'for ...', code: '070' }] },
    { lemma: 'take', code: null },
  ], [{ lemma: 'visit', code: '042', role: 'sideways' }]);
  rejects(file,
    /8 problems in the trigger dictionary/,
    /verbs\[0\] "restore": code "099" is not in the CAMEO catalogue/,
    /verbs\[1\] "Restore": lemma: must be one lower-case word/,
    /verbs\[2\] "rebuff": patterns\.0\.words: slots must be lower-case words/,
    /verbs\[3\] "rebuff": duplicate lemma, already at verbs\[2\] "rebuff"/,
    /verbs\[4\] "provide": patterns\[0\] "\.\.\. aid": code "0799" is not in the CAMEO catalogue/,
    /verbs\[4\] "provide": patterns\[1\] "for \.\.\.": must not end with \.\.\./,
    /verbs\[5\] "take": codes nothing/,
    /nouns\[0\] "visit": role: /);
});

test('a file that is no trigger dictionary', () => {
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ $schema: 'entente/events/cameo', version: 1, codes: [] }));
  rejects(other, /not a trigger dictionary/);
  rejects(join(dir, 'missing.json'), /cannot read the trigger dictionary/);
});

test('a user file overrides one lemma and adds another; the rest stays', () => {
  const file = write('mine.json', [
    { lemma: 'restore', code: '050', patterns: [{ words: '... ties|relations', code: '054' }], preps: ['with'] },
    { lemma: 'befriend', code: '050' },
  ], [{ lemma: 'detente', code: '050' }]);
  const mine = loadTriggers([defaultTriggersFile(), file], catalogue);
  assert.equal(mine.size, triggers.size + 2);
  assert.equal(mine.verb('restore')?.code, '050');
  assert.equal(codeFor(mine.verb('restore'), 'calm'), '050');
  assert.equal(mine.verb('befriend')?.code, '050');
  assert.equal(mine.noun('detente')?.code, '050');
  assert.deepEqual(mine.verb('say'), triggers.verb('say'));
  assert.deepEqual(mine.files, [defaultTriggersFile(), file]);
});

test('a PETRARCH verb file after ours: its verbs replace ours but keep our roles; a multi-word verb adds to ours', () => {
  const file = join(dir, 'mine.verbs.txt');
  writeFileSync(file, [
    '--- STATE [010] ---', 'SAY {SAYS SAID SAYING}', '- * GLADLY [041]',
    '--- GET [033] ---', 'RECEIVE', '+TAKE_NOTE [010]',
    '--- GONE [040] ---', 'LEFT', '',
  ].join('\n'));
  const mine = loadTriggers([defaultTriggersFile(), file], catalogue);
  assert.equal(mine.verb('say')?.role, 'speech');
  assert.equal(mine.verb('receive')?.role, 'reverse');
  assert.deepEqual(mine.verb('say')?.patterns.map((p) => `${p.words} ${p.code}`), ['gladly 041']);
  const take = mine.verb('take');
  assert.equal(take?.code, triggers.verb('take')?.code);
  assert.equal(take?.patterns.length, (triggers.verb('take')?.patterns.length ?? 0) + 1);
  assert.equal(take?.patterns[0]?.words, 'note');
  // "left" is PETRARCH's own verb, found by its form before the lemma "leave".
  assert.equal(mine.form('left')?.lemma, 'left');
  assert.equal(mine.form('said')?.lemma, 'say');
  assert.equal(triggers.form('said'), undefined);
  assert.ok(mine.diagnostics.some((d) => d.severity === 'info' && d.reason.startsWith(`${file}: 4 verbs in 3 blocks; 1 patterns, 1 expressed, 0 skipped`)), mine.diagnostics.map((d) => d.reason).join('\n'));
});

test('a text file that is no PETRARCH verb dictionary either', () => {
  const file = join(dir, 'notes.txt');
  writeFileSync(file, 'just some notes\n');
  rejects(file, /not a trigger dictionary: neither JSON in our format nor a PETRARCH verb dictionary/);
});
