// Clause readings added in the fourth round, each on sentences written for this test: what a
// statement says of another party (a right, a wrong done by it), calls to talk, treaties
// denounced, charges importers must pay, the singular "export", and implied targets that the
// sentence itself names as the patient of another act.
import { test } from 'node:test';
import { hasEvent as has, lacksEvent as lacks } from '../testing/code-text.js';


test("a statement that another party has a right to act defends it; 'no right' criticizes it", () => {
  has('The German chancellor said on Monday that Poland has every right to protect its border.', 'DEU>POL 05 asserted');
  has('The Kremlin said Estonia has no right to block the transit of goods.', 'RUS>EST 11 asserted');
  lacks('The Kremlin said Estonia has no right to block the transit of goods.', /RUS>EST 05/);
  // Said of the speaker's own side, it is no act towards anyone.
  lacks('The Spanish foreign minister said Spain has a right to defend its fishermen.', /ESP>/);
});

test('a statement that something was a wrong done by another party accuses it', () => {
  has("Iran's foreign ministry said the explosion was a provocation staged by Israel.", 'IRN>ISR 11 asserted');
  has('Serbia said the attack was a crime committed by Kosovo.', 'SRB>XKX 11 asserted');
  // Organised by someone, but no wrong named: no accusation.
  lacks('Iran said the conference was organized by Qatar.', /IRN>QAT 11/);
});

test('saying that two parties should sit down and talk is an appeal, or an offer when the speaker is one of them', () => {
  has('The French president said that Ethiopia and Eritrea should sit down and talk.', 'FRA>ETH 02 asserted');
  has('The French president said that Ethiopia and Eritrea should sit down and talk.', 'FRA>ERI 02 asserted');
  // "in a televised address": the noun after the participle is no clause of its own.
  has("Greece's prime minister said in a televised address that Greece and Turkey should sit down and talk.", 'GRC>TUR 03 asserted');
  lacks("Greece's prime minister said in a televised address that Greece and Turkey should sit down and talk.", /GRC>TUR 10/);
});

test('denouncing a treaty ends it; denouncing its breach is criticism', () => {
  has('Mali denounced its defence agreements with Denmark.', 'MLI>DNK 16 asserted');
  lacks('Mali denounced the violations of the agreement by Denmark.', /MLI>DNK 16/);
});

test('a charge that importers from another party must pay is a trade measure; so is suspending the export of a good', () => {
  const text = "Russia's economy ministry announced that importers of wine from Moldova must pay a deposit of 20 percent.";
  has(text, 'RUS>MDA 16 asserted');
  lacks(text, /RUS>MDA 10/);
  has('Beijing suspended the export of rare earths to Japan.', 'CHN>JPN 16 asserted');
});

test('a party the sentence names as the patient of another act is not the implied target', () => {
  const story = 'Cuba accused the United States of a blockade. Cuba said its economy was suffering. Officials in Havana said Cuba would resist. ';
  lacks(`${story}Venezuela warned that any attack against Cuba would be an attack on Latin America.`, /VEN>CUB 13/);
  has(`${story}Canada suspended its aid.`, 'CAN>CUB 16 asserted');
});

test('"said on Monday" is a statement verb; a plan denied by "no" is neither an act nor a threat', () => {
  const text = 'The Somali foreign ministry said on Monday that Somalia had no plan to sever relations with Ethiopia.';
  lacks(text, /SOM>ETH 13/);
  lacks(text, /SOM>ETH 16 (asserted|hypothetical)/);
});
