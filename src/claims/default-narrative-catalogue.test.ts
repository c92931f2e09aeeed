// The bundled catalogue (data/narratives/catalogue.json): it loads, covers the eleven narratives of
// the SemEval-2025 Task 10 Russia–Ukraine-war taxonomy with their sub-narratives under them, and
// the China–Russia/US narratives of the seed corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultNarrativeCatalogue } from './narrative-catalogue.js';

const URW_NARRATIVES = [
  'Blaming the war on others rather than the invader', 'Discrediting Ukraine', 'Russia is the Victim', 'Praise of Russia',
  'Overpraising the West', 'Speculating war outcomes', 'Discrediting the West, Diplomacy', 'Negative Consequences for the West',
  'Distrust towards Media', 'Amplifying war-related fears', 'Hidden plots by secret schemes of powerful groups',
];

const catalogue = defaultNarrativeCatalogue();
const byTaxonomy = new Map(catalogue.narratives.filter((n) => n.taxonomy !== null).map((n) => [n.taxonomy!, n]));

test('the bundled catalogue holds the eleven URW narratives, each labelled "URW: <narrative>" and without a parent', () => {
  const top = catalogue.narratives.filter((n) => n.taxonomy !== null && /^URW: [^:]+$/.test(n.taxonomy));
  assert.deepEqual(top.map((n) => n.taxonomy!.slice('URW: '.length)).sort(), [...URW_NARRATIVES].sort());
  assert.ok(top.every((n) => n.parent === null), 'a URW narrative has a parent');
});

test('every URW sub-narrative is labelled "URW: <narrative>: <sub-narrative>" and filed under that narrative', () => {
  const subs = catalogue.narratives.filter((n) => n.taxonomy !== null && n.taxonomy.split(': ').length === 3);
  assert.ok(subs.length >= 30, `only ${subs.length} sub-narratives`);
  for (const n of subs) {
    const parent = catalogue.narratives.find((p) => p.id === n.parent);
    assert.ok(parent, `${n.id} has no parent`);
    assert.equal(`${parent.taxonomy}: ${n.taxonomy!.split(': ')[2]}`, n.taxonomy, n.id);
    assert.ok(URW_NARRATIVES.includes(n.taxonomy!.split(': ')[1]!), n.taxonomy!);
  }
});

test('the sub-narratives the issue names are there, verbatim', () => {
  const named = {
    'Blaming the war on others rather than the invader': ['The West are the aggressors', 'Ukraine is the aggressor'],
    'Discrediting the West, Diplomacy': ['The West does not care about Ukraine, only about its interests', 'The EU is divided', 'The West is weak', 'Diplomacy does/will not work'],
    'Negative Consequences for the West': ['Sanctions imposed by Western countries will backfire'],
    'Discrediting Ukraine': ['Ukraine is a puppet of the West', 'Ukraine is associated with nazism'],
    'Russia is the Victim': ['The West is russophobic', 'Russia actions in Ukraine are only self-defence'],
    'Praise of Russia': ['Praise of Russian military might', 'Russia is a guarantor of peace and prosperity'],
    'Amplifying war-related fears': ['By continuing the war we risk WWIII', 'There is a real possibility that nuclear weapons will be employed'],
    'Distrust towards Media': ['Western media is an instrument of propaganda'],
  };
  for (const [narrative, subs] of Object.entries(named)) {
    for (const sub of subs) assert.ok(byTaxonomy.has(`URW: ${narrative}: ${sub}`), `URW: ${narrative}: ${sub}`);
  }
});

test('the recurring China–Russia/US narratives of the seeds are there without a SemEval label', () => {
  for (const id of ['us-pushes-others-into-conflict', 'china-russia-partnership-unbreakable', 'us-asian-alliances-mirror-nato', 'us-hegemony', 'multipolar-world']) {
    const n = catalogue.narratives.find((x) => x.id === id);
    assert.ok(n, id);
    assert.equal(n.taxonomy, null, id);
  }
});

test('every entry documents itself and can be reported on more than its words', () => {
  const parents = new Set(catalogue.narratives.map((n) => n.parent));
  for (const n of catalogue.narratives) {
    assert.ok(n.description.length > 20 && n.exemplars.length > 0, n.id);
    assert.ok(n.events.length || n.stance.length || parents.has(n.id), `${n.id} has no event or stance signature`);
  }
  // Wording alone cannot reach a report with the bundled scoring.
  assert.ok(catalogue.scoring.wordingCap < catalogue.scoring.threshold);
});
