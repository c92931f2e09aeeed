// PETRARCH agents composed with the actors they qualify, on sentences and small dictionaries of
// our own: agents after and before an actor, after of/in/from with a list of actors, plurals,
// conjoined agents, no country at all, and only when an agent dictionary is loaded.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { composeCode } from './agent-phrases.js';
import { loadActorDictionaries } from './analyze-context.js';
import type { PetrarchAgent } from './read-petrarch-agents.js';
import { resolveMentions } from './resolve-mentions.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-agents-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const actors = write('zembla.actors.txt', `ZEMBLA [ZEM]
RURITANIA [RUR]
ZEMBLA_PALACE [ZEMGOV]
OLD_ZEMBLA [OZM <950101]
[ZEM >950102]
THE_TWO_SHORES [ZEM/RUR]
SWEDEN [SWD]
`);
const agents = write('zembla.agents.txt', `<!-- agents of our own -->
!OFFICER! = OFFICER, OFFICERS
CONSTABULARY {} [~COP]
MAGISTRATE [~JUD]
SCHOLAR [~EDU]
CHAPLAIN [~REL]
ALDERMAN {ALDERMEN} [~LEG]
HIGH_COMMISSIONER [~GOVHCM]
RELIEF_AGENCY [NGO~]
NEWSPAPER [~MED]
CABINET [~GOV]
PRESIDENT [~GOV]
PEACE_!OFFICER! [~COP]
`);
const withAgents = loadActorDictionaries({ files: [actors, agents] });
const without = loadActorDictionaries({ files: [actors] });

/** Each mention as "text=CODE", in text order; mentions of one span joined by "+". */
function codes(text: string, day = '2001-05-01', g = withAgents.gazetteer): string[] {
  const spans = new Map<string, string[]>();
  for (const m of resolveMentions(text, g, day)) {
    const key = text.slice(m.start, m.end);
    spans.set(key, [...(spans.get(key) ?? []), m.target.code]);
  }
  return [...spans].map(([span, cs]) => `${span}=${[...new Set(cs)].join('+')}`);
}

test('the agent file is read as agents, with no diagnostics', () => {
  assert.deepEqual(withAgents.diagnostics, []);
});

test('an agent after its actor: "Zembla constabulary", "Zembla\'s cabinet", qualifiers between', () => {
  assert.deepEqual(codes('Zembla constabulary detained two men.'), ['Zembla constabulary=ZEMCOP']);
  assert.deepEqual(codes("Zembla's cabinet met on Monday."), ["Zembla's cabinet=ZEMGOV"]);
  assert.deepEqual(codes("Zembla's deputy High Commissioner spoke."), ["Zembla's deputy High Commissioner=ZEMGOVHCM"]);
});

test('a prefix agent before its actor, and with a suffix agent too', () => {
  assert.deepEqual(codes('Relief Agency Zembla sent food.'), ['Relief Agency Zembla=NGOZEM']);
  assert.deepEqual(codes('A relief agency Zembla chaplain prayed.'), ['relief agency Zembla chaplain=NGOZEMREL']);
});

test('agents of, in or from a list of actors: one span naming every pair', () => {
  assert.deepEqual(codes('The magistrates of Zembla and Ruritania ruled.'), ['magistrates of Zembla and Ruritania=ZEMJUD+RURJUD']);
  assert.deepEqual(codes('Aldermen and scholars in Zembla voted.'), ['Aldermen and scholars in Zembla=ZEMLEG+ZEMEDU']);
  assert.deepEqual(codes('Peace officers from Ruritania arrived.'), ['Peace officers from Ruritania=RURCOP']);
});

test('plurals: irregular as listed, regular formed; a {} agent has none', () => {
  assert.deepEqual(codes('Zembla aldermen voted.'), ['Zembla aldermen=ZEMLEG']);
  assert.deepEqual(codes('Ruritania scholars protested.'), ['Ruritania scholars=RUREDU']);
  assert.deepEqual(codes('Zembla constabularies protested.'), ['Zembla=ZEM']);
});

test('conjoined agents share the actor: "Zembla newspapers and cabinet"', () => {
  assert.deepEqual(codes('Zembla newspapers and cabinet agreed.'), ['Zembla newspapers and cabinet=ZEMMED+ZEMGOV']);
});

test('agents with no country are ---, as PETRARCH writes them; a capital after "in" is where they are', () => {
  assert.deepEqual(codes('Chaplains and scholars protested.'), ['Chaplains and scholars=---REL+---EDU']);
  assert.deepEqual(codes('Guards arrested scholars in Moscow today.'), ['scholars=---EDU']);
});

test('an agent code the actor already holds is not added again; dated codes stay dated', () => {
  assert.deepEqual(codes('The Zembla Palace cabinet resigned.'), ['Zembla Palace cabinet=ZEMGOV']);
  assert.deepEqual(codes('Old Zembla constabulary marched.', '1990-01-01'), ['Old Zembla constabulary=OZMCOP']);
  assert.deepEqual(codes('Old Zembla constabulary marched.', '2001-01-01'), ['Old Zembla constabulary=ZEMCOP']);
});

test('a title before a person the gazetteer knows is left to the resolver', () => {
  const got = codes('President Vladimir Putin said so.', '2015-06-01');
  assert.ok(got.some((c) => c.includes('Putin') && c.endsWith('=RUSGOV')), got.join(' '));
  assert.ok(!got.some((c) => c.includes('---')), got.join(' '));
});

test('a compound code names each of its actors, also with an agent', () => {
  assert.deepEqual(codes('The Two Shores signed a pact.'), ['The Two Shores=ZEM+RUR']);
  assert.deepEqual(codes('The Two Shores constabulary marched.'), ['The Two Shores constabulary=ZEMCOP+RURCOP']);
  assert.deepEqual(codes('The Two Shores signed a pact.', '2001-05-01', without.gazetteer), ['The Two Shores=ZEM+RUR']);
});

test('a name the user\'s PETRARCH dictionary lists is that entry, not the bundled one', () => {
  assert.deepEqual(codes('Sweden signed a pact.'), ['Sweden=SWD']);
  assert.deepEqual(codes('Sweden signed a pact.', '2001-05-01', without.gazetteer), ['Sweden=SWD']);
  const bundled = loadActorDictionaries({ files: [] }).gazetteer;
  assert.deepEqual(codes('Sweden signed a pact.', '2001-05-01', bundled), ['Sweden=SWE']);
});

test('without an agent dictionary nothing composes', () => {
  assert.deepEqual(codes('Zembla constabulary detained two men.', '2001-05-01', without.gazetteer), ['Zembla=ZEM']);
  assert.deepEqual(codes('Chaplains and scholars protested.', '2001-05-01', without.gazetteer), []);
});

test('composeCode: suffixes after, prefixes before, a code already held once', () => {
  const agent = (code: string, position: 'suffix' | 'prefix'): PetrarchAgent => ({ phrases: [code], plurals: [], code, position, line: 1 });
  assert.equal(composeCode('ZEM', [agent('GOV', 'suffix'), agent('HCM', 'suffix')]), 'ZEMGOVHCM');
  assert.equal(composeCode('ZEM', [agent('NGO', 'prefix'), agent('REL', 'suffix')]), 'NGOZEMREL');
  assert.equal(composeCode('ZEMGOV', [agent('GOV', 'suffix')]), 'ZEMGOV');
  assert.equal(composeCode('---', [agent('EDU', 'suffix')]), '---EDU');
});

test("a possessor's agent after describing words: \"Zembla's stern and able magistrate\"", () => {
  assert.deepEqual(codes("Zembla's stern and able magistrate ruled."), ["Zembla's stern and able magistrate=ZEMJUD"]);
  // A preposition or article ends the possessor's phrase: the agent stands alone.
  assert.deepEqual(codes("Zembla's war on the magistrate ended."), ["Zembla's=ZEM", 'magistrate=---JUD']);
});

test('a name after the title of a possessor\'s official is its holder, not a second party', () => {
  // The actor file lists "Sweden" as a name; after "Ruritania's president" it is the president's name.
  assert.deepEqual(codes("Ruritania's president Sweden spoke."), ["Ruritania's president Sweden=RURGOV"]);
  // With no actor before the title, the name after it places the official.
  assert.deepEqual(codes('President Sweden spoke.'), ['President Sweden=SWDGOV']);
});
