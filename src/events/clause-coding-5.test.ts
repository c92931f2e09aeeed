// Clause readings added in the fifth round, each on sentences written for this test: subjects a
// quantifier denies ("not a single leader"), "he"/"she" that cannot stand for a state, and an
// actor's act named by a complement ("called the actions of X 'reckless'").
import { test } from 'node:test';
import { hasEvent as has, lacksEvent as lacks } from '../testing/code-text.js';

test('a subject denied by "not a single" or "not one of" negates the event', () => {
  has('Not a single European leader visited Kyiv last month.', 'EUR>UKR 04 negated');
  lacks('Not a single European leader visited Kyiv last month.', /UKR 04 asserted/);
  has('Not one of the three European capitals condemned Moscow.', 'EUR>RUS 11 negated');
  lacks('Not one of the three European capitals condemned Moscow.', /RUS 11 asserted/);
  // "not only" denies nothing.
  has('Not only Canada condemned Moscow.', 'CAN>RUS 11 asserted');
});

test('"he" or "she" does not stand for a state named earlier', () => {
  lacks('Serbia sent troops to the border. He called on Albania to close its border.', /SRB>ALB/);
  // A person named before is.
  has('Serbian President Aleksandar Vučić spoke on Sunday. He called on Albania to close its border.', 'SRB>ALB 02 asserted');
});

test("calling an actor's act names the actor: the actions of X, the Chinese actions", () => {
  has('The Lithuanian president called the actions of Belarus "a hybrid attack".', 'LTU>BLR 11 asserted');
  has('The Japanese defence minister called the Chinese actions "dangerous and unprofessional".', 'JPN>CHN 11 asserted');
  has('The Greek prime minister called the Turkish claims a pack of lies.', 'GRC>TUR 11 asserted');
});
