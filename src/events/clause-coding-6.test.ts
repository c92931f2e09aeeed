// Clause readings added in the sixth round, each on sentences written for this test: statements
// that accuse another party of a hostile act, blame laid with "the result of", and a reported
// "has no right to" coordinated with another verb.
import { test } from 'node:test';
import { hasEvent as has, lacksEvent as lacks } from '../testing/code-text.js';

test('a statement that another party committed a hostile act accuses it (112), beside the act', () => {
  has('The Swedish foreign minister said that Russia shelled the villages of Georgia.', 'SWE>RUS 11 asserted');
  has('The Swedish foreign minister said that Russia shelled the villages of Georgia.', 'RUS>GEO 19 asserted');
  // Without a target of its own, the act still accuses its author.
  has('The Chinese foreign minister said that the American military operation violates international law.', 'CHN>USA 11 asserted');
  // The statement itself stays (SPEC: the statement by the speaker and the embedded event).
  has('The Chinese foreign minister said that the American military operation violates international law.', 'CHN>USA 01 asserted');
});

test('no accusation for a denied, future or friendly act, or for the speaker\'s own side', () => {
  lacks('The Swedish foreign minister said that Russia did not shell the villages of Georgia.', /SWE>RUS 11/);
  lacks('The Swedish foreign minister said that Russia will shell the villages of Georgia.', /SWE>RUS 11/);
  lacks('The Swedish foreign minister said that Russia sent aid to Georgia.', /SWE>RUS 11/);
  lacks('The Russian defence minister said that Russia shelled the villages of Georgia.', /RUS>RUS 11/);
  lacks('Swedish media said that Russia shelled the villages of Georgia.', /SWE>RUS 11/);
});

test('"was the result of X\'s policy" lays the blame on X', () => {
  has('The Serbian foreign minister said that the crisis in the north was the result of Kosovo\'s policy.', 'SRB>XKX 11 asserted');
  lacks('The Serbian foreign minister said that the crisis in the north was not the result of Kosovo\'s policy.', /SRB>XKX 11/);
});

test('"has no right to" coordinated with the first verb of the reported clause', () => {
  has('The Chinese spokesperson said that Japan is not a party to the dispute and has no right to interfere.', 'CHN>JPN 11 asserted');
});

test('defying norms or law implies no target', () => {
  const text = 'Ukraine asked France for aid. Ukraine met Poland. Ukraine thanked Germany. Belarus suspended its aid. Belarus violated international law.';
  has(text, 'BLR>UKR 16 asserted'); // a directed act takes the article's topic as its target
  lacks(text, /BLR>UKR 12/);
});

test('a complaint or protest lodged against a party is aimed at it, not at the agent of an act', () => {
  has('The Iraqi foreign ministry lodged a formal complaint against Turkey at the United Nations.', 'IRQ>TUR 11 asserted');
  has('Iraq lodged a protest against Turkey.', 'IRQ>TUR 11 asserted');
});

test('a refusal is aimed at the object of the act it refuses', () => {
  has('The Security Council refused to put the Chinese proposal on the agenda.', 'UN>CHN 12 asserted');
  has('Hungary declined to meet the Ukrainian delegation.', 'HUN>UKR 12 asserted');
});

test('an act without a target coordinated with a verb of the same source shares its target', () => {
  has('Georgian police opened fire and detained 24 Armenian servicemen.', 'GEO>ARM 19 asserted');
  // A prepositional phrase of its own keeps the first verb apart.
  lacks('The United States stands with its allies and condemns the Chinese actions.', /USA>CHN 05/);
});

test('a military defeat is force; a motion defeated is no event', () => {
  has('The US army defeated Daesh in Iraq.', 'USA>MEA 19 asserted');
  lacks('Hungary defeated the Polish proposal in the vote.', /HUN>POL 19/);
  has('Greece returned the helicopter to Turkey.', 'GRC>TUR 08 asserted');
});

test('closing the entry to a country for another country\'s people restricts them', () => {
  has('Moldova closed the entry to its territory for Russian men.', 'MDA>RUS 17 asserted');
});
