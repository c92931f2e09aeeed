// The bundled CAMEO/PLOVER catalogue against the reference tables (../shared/reference), the
// fallback of unlisted codes, and the loud failure on a bad catalogue file.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../core/errors.js';
import { loadCameoCatalogue, unknownCodeNote } from './cameo-catalogue.js';

const catalogue = loadCameoCatalogue();
const entry = (code: string) => {
  const found = catalogue.get(code);
  assert.ok(found, `no entry for ${code}`);
  return found;
};

test('the bundled catalogue loads: 20 roots, 147 3-digit and 144 4-digit codes', () => {
  const perLength = new Map<number, number>();
  for (const c of catalogue) perLength.set(c.code.length, (perLength.get(c.code.length) ?? 0) + 1);
  assert.deepEqual([...perLength.entries()].sort(), [[2, 20], [3, 147], [4, 144]]);
  assert.equal(catalogue.size, 311);
});

test('all 20 roots, with the Goldstein values of the reference table and their quad classes', () => {
  const roots: [string, number, number][] = [
    ['01', 0, 1], ['02', 3, 1], ['03', 4, 1], ['04', 1, 1], ['05', 3.5, 1],
    ['06', 6, 2], ['07', 7, 2], ['08', 5, 2],
    ['09', -2, 3], ['10', -5, 3], ['11', -2, 3], ['12', -4, 3], ['13', -6, 3],
    ['14', -6.5, 4], ['15', -7.2, 4], ['16', -4, 4], ['17', -7, 4], ['18', -9, 4], ['19', -10, 4], ['20', -10, 4],
  ];
  assert.deepEqual([...catalogue].filter((c) => c.code.length === 2).map((c) => c.code), roots.map(([r]) => r));
  for (const [root, goldstein, quadClass] of roots) {
    assert.deepEqual([entry(root).goldstein, entry(root).quadClass], [goldstein, quadClass], root);
  }
  for (const c of catalogue) assert.equal(c.quadClass, entry(c.root).quadClass, c.code);
});

test('spot checks against the reference and CAMEO2PLOVER', () => {
  assert.deepEqual(entry('072'), {
    code: '072', root: '07', name: 'Provide military aid', goldstein: 8.3, quadClass: 2,
    plover: { type: 'AID', context: ['military'] }, // "military" is PLOVER's context, not a mode
  });
  // The mapping codes 163 as COERCE/restrict, not SANCTION like the rest of root 16.
  assert.deepEqual([entry('163').goldstein, entry('163').plover], [-8, { type: 'COERCE', mode: 'restrict', context: ['diplomatic'] }]);
  assert.equal(entry('160').plover?.type, 'SANCTION');
  assert.deepEqual([entry('190').goldstein, entry('190').plover?.type, entry('190').quadClass], [-10, 'ASSAULT', 4]);
  // Signing a formal agreement is SUPPORT in the mapping, not AGREE (AGREE is the 03 intents).
  assert.deepEqual([entry('057').name, entry('057').goldstein, entry('057').plover?.type], ['Sign formal agreement', 8, 'SUPPORT']);
  assert.equal(entry('036').plover?.type, 'AGREE');
  assert.deepEqual(entry('041').plover, { type: 'CONSULT', mode: 'phone' });
  assert.deepEqual(entry('1124').plover, { type: 'ACCUSE', mode: 'allege', context: ['military', 'legal'] });
  assert.deepEqual([entry('0874').goldstein, entry('1823').goldstein], [10, -10]);
  // PLOVER dropped the statement and appeal roots.
  for (const code of ['01', '010', '02', '0211', '028']) assert.equal(entry(code).plover, null, code);
  for (const code of ['0211', '1031', '1122', '1381', '1711', '1821', '1831', '2042']) assert.ok(catalogue.has(code), code);
});

test('an unlisted code falls back to its nearest listed ancestor', () => {
  assert.equal(catalogue.has('0729'), false);
  assert.equal(entry('0729').code, '072');
  assert.equal(entry('079').code, '07');
  assert.equal(entry('0799').code, '07');
  assert.equal(entry('1031').code, '1031');
  assert.equal(catalogue.root('1031')?.code, '10');
  assert.equal(catalogue.root('0799')?.code, '07');
  for (const bad of ['99', '7', '07a', '', '07201', '21']) {
    assert.equal(catalogue.get(bad), undefined, bad);
    assert.equal(catalogue.root(bad), undefined, bad);
  }
});

test('a code users\' dictionaries use but the catalogue does not list keeps its code, valued as its ancestor', () => {
  const listed = catalogue.valuesOf('072');
  assert.equal(listed, catalogue.get('072'), 'a listed code is its own entry');
  for (const [code, basis] of [['1717', '171'], ['075A', '075'], ['102b', '102'], ['0359', '035'], ['0799', '07']] as const) {
    const v = catalogue.valuesOf(code);
    const b = entry(basis);
    assert.ok(v, code);
    assert.deepEqual([v.code, v.root, v.goldstein, v.quadClass, v.plover], [code, code.slice(0, 2), b.goldstein, b.quadClass, b.plover], code);
    assert.match(unknownCodeNote(catalogue, code) ?? '', new RegExp(`^code ${code} is not in the CAMEO catalogue: kept as written, .* its nearest listed ancestor ${basis} `));
  }
  // Under no listed root: the neutral statement root's values, no PLOVER type.
  const neutral = catalogue.valuesOf('901');
  assert.deepEqual([neutral?.code, neutral?.goldstein, neutral?.quadClass, neutral?.plover], ['901', entry('01').goldstein, entry('01').quadClass, null]);
  assert.match(unknownCodeNote(catalogue, '901') ?? '', /of 01 .*no listed ancestor/);
  assert.equal(unknownCodeNote(catalogue, '072'), null);
  for (const bad of ['+++', 'xxy', '07ab', '', '12345']) assert.equal(catalogue.valuesOf(bad), undefined, bad);
});

const dir = mkdtempSync(join(tmpdir(), 'entente-cameo-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const code = (c: string, goldstein: number, quadClass = 2) =>
  ({ code: c, root: c.slice(0, 2), name: `code ${c}`, goldstein, quadClass, plover: { type: 'AID' } });
const write = (name: string, codes: unknown[]): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ $schema: 'entente/events/cameo', version: 1, codes }, null, 2));
  return file;
};
const rejects = (file: string, ...patterns: RegExp[]) =>
  assert.throws(() => loadCameoCatalogue(file), (e: unknown) => {
    assert.ok(e instanceof DataFileError);
    assert.equal(e.file, file);
    assert.ok(e.message.startsWith(`${file}: `), e.message);
    for (const p of patterns) assert.match(e.message, p);
    return true;
  });

test('a small valid file loads', () => {
  const file = write('ok.json', [code('07', 7), code('072', 8.3), code('0721', 8.3)]);
  assert.deepEqual([...loadCameoCatalogue(file)].map((c) => c.code), ['07', '072', '0721']);
});

test('a duplicate code, a Goldstein value of 11 and a missing parent: each named by its code', () => {
  const file = write('bad.json', [code('07', 7), code('072', 8.3), code('072', 8), code('071', 11), code('071', 7.4), code('0731', 7)]);
  rejects(file,
    /4 problems/,
    /codes\[2\] "072": duplicate code, already at codes\[1\] "072"/,
    /codes\[3\] "071": goldstein: Too big: expected number to be <=10/,
    /codes\[4\] "071": duplicate code, already at codes\[3\] "071"/,
    /codes\[5\] "0731": no parent code "073" in the catalogue/);
});

test('a wrong root, a wrong quad class, a bad code and an unknown PLOVER type are rejected', () => {
  const file = write('bad-fields.json', [
    code('07', 7), { ...code('072', 8.3), root: '08' }, code('073', 7.4, 3),
    code('07x', 7), { ...code('074', 8.5), plover: { type: 'HELP' } }, { ...code('075', 7), quadClass: 5 },
  ]);
  rejects(file,
    /codes\[1\] "072": root "08" is not the code's first two digits "07"/,
    /codes\[2\] "073": quadClass 3 differs from its root "07" \(quadClass 2\)/,
    /codes\[3\] "07x": code: must be 2 to 4 digits/,
    /codes\[4\] "074": plover\.type: /,
    /codes\[5\] "075": quadClass: /);
});

test('a file that is no catalogue at all', () => {
  const file = join(dir, 'not-json.json');
  writeFileSync(file, '{ "codes": [');
  rejects(file, /not valid JSON/);
  rejects(join(dir, 'missing.json'), /cannot read the CAMEO catalogue/);
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ $schema: 'entente/actors/states', version: 1, entries: [] }));
  rejects(other, /not a CAMEO catalogue/);
});
