// Clause readings added in the seventh round, each on sentences written for this test: an aside in
// brackets after the subject, a participle with adverbs before "by", a party named through "noun
// of" in a that-clause, and a name in apposition to a governed slot.
import { test } from 'node:test';
import { hasEvent as has, lacksEvent as lacks } from '../testing/code-text.js';

test('an aside in brackets after the subject does not hide the conjuncts before it', () => {
  has('Poland and the European Commission (Brussels) condemned Russia.', 'POL>RUS 11 asserted');
  // An abbreviation in brackets after a name no dictionary knows is the actor named.
  has('The naval wing of the Zemblan Sea Guards (IRGC) attacked Iraq.', 'IRN>IRQ 19 asserted');
});

test('"X, openly supported by Y," codes Y backing X, not the speaker backing Y', () => {
  lacks('Hungary said that fighters, openly supported by official Moscow, were attacking Ukraine.', /HUN>RUS 05/);
  lacks('The minister said that smugglers, financially and politically supported by Moscow, crossed the border.', /^[A-Z]+>RUS 05/);
});

test('the verb after "X, openly supported by Y," is not the speaker\'s act', () => {
  lacks('Hungary said that fighters, openly supported by official Moscow, were attacking Ukraine.', /^HUN>UKR 19/);
});

test('"asked that members of NATO send …": the members stand for the alliance', () => {
  has('Poland asked that members of NATO send ships to the Black Sea.', 'POL>NATO 02 asserted');
});

test('a name in apposition to a slot after a preposition is not the subject', () => {
  has('Zelensky in an interview to the French newspaper Le Monde urged Germany to send tanks.', 'UKR>DEU 02 asserted');
  lacks('Zelensky in an interview to the French newspaper Le Monde urged Germany to send tanks.', /^FRA>/);
});

test('an act after "refusal to" or "failure to" did not happen', () => {
  lacks("Poland regretted Hungary's refusal to meet Ukraine.", /HUN>UKR 04 (asserted|hypothetical)/);
  has("Poland regretted Hungary's refusal to meet Ukraine.", 'HUN>UKR 04 negated');
  lacks("The failure of Hungary to meet Ukraine angered Poland.", /HUN>UKR 04 asserted/);
});
