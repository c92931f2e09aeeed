import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NO_SHARED, sharedDir } from '../testing/paths.js';
import { isAgentDictionary, readPetrarchAgents } from './read-petrarch-agents.js';

const sample = `<!-- MY AGENTS
     [~NOT] an agent -->
!PERSON! = MAN, MEN ,  WOMAN
FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
POLICE {} [ ~COP]
AUTHORITY [~GOV]
PRESS  [~MED]
HUMAN_RIGHTS_BODY  [  NGO~]
CONGRESS!PERSON! [~LEG]
SECURITY SERVICE [~GOV]
# COMMENTED_OUT [~GOV]
NO_CODE_HERE
BROKEN {PLURAL [~GOV]
SPACE!ALIEN! [~GOV]
WEIRD [GOV]
!EMPTY! =
`;

test('agents, plurals, prefix codes and substitution sets', () => {
  const { agents, diagnostics } = readPetrarchAgents(sample, 'mine.txt');
  assert.deepEqual(agents.map(({ phrases, plurals, code, position }) => ({ phrases, plurals, code, position })), [
    { phrases: ['FOREIGN MINISTER'], plurals: ['FOREIGN MINISTERS'], code: 'GOVFRM', position: 'suffix' },
    { phrases: ['ATTORNEY GENERAL'], plurals: ['ATTORNEYS GENERAL'], code: 'GOV', position: 'suffix' },
    { phrases: ['POLICE'], plurals: [], code: 'COP', position: 'suffix' },
    { phrases: ['AUTHORITY'], plurals: ['AUTHORITIES'], code: 'GOV', position: 'suffix' },
    { phrases: ['PRESS'], plurals: ['PRESSES'], code: 'MED', position: 'suffix' },
    { phrases: ['HUMAN RIGHTS BODY'], plurals: ['HUMAN RIGHTS BODIES'], code: 'NGO', position: 'prefix' },
    { phrases: ['CONGRESSMAN', 'CONGRESSMEN', 'CONGRESSWOMAN'], plurals: [], code: 'LEG', position: 'suffix' },
    { phrases: ['SECURITY SERVICE'], plurals: ['SECURITY SERVICES'], code: 'GOV', position: 'suffix' },
  ]);
  assert.equal(agents[0]?.line, 4);
  assert.deepEqual(diagnostics.map((d) => d.reason), [
    'mine.txt:13: an agent needs a [code]',
    "mine.txt:14: a '{' without '}'",
    'mine.txt:15: substitution marker !ALIEN! is not defined above',
    'mine.txt:16: not an agent code (~CODE or CODE~): [GOV]',
    'mine.txt:17: not a substitution set (!NAME! = A, B): !EMPTY! =',
  ]);
});

test('PETRARCH\'s validation agents load', { skip: sharedDir ? false : NO_SHARED }, (t) => {
  const file = join(sharedDir!, 'dev', 'petrarch', 'PETR.Validate.agents.txt');
  const { agents, diagnostics } = readPetrarchAgents(readFileSync(file, 'utf8'), file);
  t.diagnostic(`${agents.length} agents, ${agents.reduce((n, a) => n + a.phrases.length + a.plurals.length, 0)} phrases with plurals`);
  assert.deepEqual(diagnostics, []);
  const by = new Map(agents.flatMap((a) => [...a.phrases, ...a.plurals].map((p) => [p, a] as const)));
  assert.equal(by.get('FOREIGN MINISTER')?.code, 'GOVFRM');
  assert.equal(by.get('ATTORNEYS GENERAL')?.code, 'GOV');
  assert.equal(by.get('CONGRESSWOMEN')?.code, 'LEG');
  assert.equal(by.get('MINISTRIES OF SILLY WALKS')?.code, 'GOV');
  assert.equal(by.get('GOLDEN GEESE')?.code, 'GGS');
  assert.equal(by.get('HUMAN RIGHTS BODY')?.position, 'prefix');
  assert.ok(!by.has('POLICES') && !by.has('JOURNALISTS\' UNION'), '{} and commented-out lines');
});

test('an agent dictionary is told from an actor dictionary by its codes', () => {
  assert.equal(isAgentDictionary(sample), true);
  assert.equal(isAgentDictionary('GONDOR [GON]\n+MINAS_TIRITH\nMORDOR [MOR]\n'), false);
  // One stray agent code does not make an actor file an agent file.
  assert.equal(isAgentDictionary('A [AAA]\nB [BBB]\nC [~GOV]\n'), false);
  assert.equal(isAgentDictionary('<!-- [~GOV] in a comment -->\nA [AAA]\n'), false);
  assert.equal(isAgentDictionary('POLICE {} [~COP]\r\nMSF {} [NGO~]\r\n'), true);
});

test('Windows line ends are line ends', () => {
  const { agents, diagnostics } = readPetrarchAgents('POLICE {} [~COP] # a comment\r\nCLERIC [~REL]\r\n', 'crlf.txt');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(agents.map((a) => [a.phrases, a.code, a.line]), [[['POLICE'], 'COP', 1], [['CLERIC'], 'REL', 2]]);
});
