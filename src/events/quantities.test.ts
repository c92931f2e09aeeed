// Money and counts in event text: currencies and scales, count nouns past modifiers, and the
// numbers that must not be read as quantities (years, dates, model numbers, ages, percentages).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantities } from './quantities.js';

/** [amount, unit, text] of each quantity in a whole sentence. */
const found = (sentence: string) =>
  quantities(sentence, { start: 0, end: sentence.length }).map((q) => [q.amount, q.unit, q.text]);

test('money with symbols, codes and currency names, in ISO 4217', () => {
  const cases: [string, [number, string, string][]][] = [
    ['Washington pledged $800 million in new aid.', [[800_000_000, 'USD', '$800 million']]],
    ['The fund approved a US$1.2bn loan.', [[1_200_000_000, 'USD', 'US$1.2bn']]],
    ['London committed another 1 billion pounds to the effort.', [[1_000_000_000, 'GBP', '1 billion pounds']]],
    ['The contract is worth £40m.', [[40_000_000, 'GBP', '£40m']]],
    ['Brussels set aside €2 billion, then 3 billion euros, then EUR 5 million.',
      [[2e9, 'EUR', '€2 billion'], [3e9, 'EUR', '3 billion euros'], [5e6, 'EUR', 'EUR 5 million']]],
    ['Beijing lent 1.5 trillion yuan, 30 billion renminbi and RMB 40 million.',
      [[1.5e12, 'CNY', '1.5 trillion yuan'], [3e10, 'CNY', '30 billion renminbi'], [4e7, 'CNY', 'RMB 40 million']]],
    ['Fines of 500 million rubles and 20 billion roubles; 3 million hryvnias raised.',
      [[5e8, 'RUB', '500 million rubles'], [2e10, 'RUB', '20 billion roubles'], [3e6, 'UAH', '3 million hryvnias']]],
    ['It cost 900 yen, 40 million rupees and 3 Swiss francs.',
      [[900, 'JPY', '900 yen'], [4e7, 'INR', '40 million rupees'], [3, 'CHF', '3 Swiss francs']]],
    ['Seoul spent 3 trillion South Korean won.', [[3e12, 'KRW', '3 trillion South Korean won']]],
    ['Ottawa gave 4 Canadian dollars per head and Canberra 7 Australian dollars.',
      [[4, 'CAD', '4 Canadian dollars'], [7, 'AUD', '7 Australian dollars']]],
    ['He was offered a million dollars, and she a million rupees.',
      [[1e6, 'USD', 'a million dollars'], [1e6, 'INR', 'a million rupees']]],
    ['The state budgeted Rs. 400 crore and $5bn.', [[4e9, 'INR', 'Rs. 400 crore'], [5e9, 'USD', '$5bn']]],
    ['Donors gave more than $3,500,000 in cash.', [[3_500_000, 'USD', 'more than $3,500,000']]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(found(sentence), expected, sentence);
});

test('pounds of weight are not money; lone-letter scales need a currency; bare "won" is a verb', () => {
  assert.deepEqual(found('They carried a 50-pound bag and 50 pounds of explosives.'), []);
  assert.deepEqual(found('The aid package included 1 billion pounds of grain credits.'), [[1e9, 'GBP', '1 billion pounds']]);
  assert.deepEqual(found('A 5m wall surrounds the 40k base, 12 m high.'), []);
  assert.deepEqual(found('The bill came to £40 m.'), [[40e6, 'GBP', '£40 m']]);
  assert.deepEqual(found('The team won 5 games.'), []);
});

test('military and people counts, past modifiers, with approximators kept in the text', () => {
  const cases: [string, [number, string, string][]][] = [
    ['Warsaw will train more than 50 F-35 pilots.', [[50, 'troops', 'more than 50 F-35 pilots']]],
    ['Some 3,000 Russian troops massed at the border.', [[3000, 'troops', 'Some 3,000 Russian troops']]],
    ['The brigade fired 20 Iskander-M tactical missiles.', [[20, 'missiles', '20 Iskander-M tactical missiles']]],
    ['Kyiv received 40 Leopard 2 tanks and 12 HIMARS.', [[40, 'tanks', '40 Leopard 2 tanks'], [12, 'artillery', '12 HIMARS']]],
    ['Norway sold 24 F-16 fighters; 500 Wagner fighters left.', [[24, 'aircraft', '24 F-16 fighters'], [500, 'troops', '500 Wagner fighters']]],
    ['Two aircraft carriers and 5 warships sailed with 50 F-35s.',
      [[2, 'ships', 'Two aircraft carriers'], [5, 'ships', '5 warships'], [50, 'aircraft', '50 F-35s']]],
    ['The port shipped 1.5 million tonnes of wheat.', [[1.5e6, 'tonnes', '1.5 million tonnes']]],
    ['Two dozen drones and a dozen helicopters attacked.', [[24, 'drones', 'Two dozen drones'], [12, 'aircraft', 'a dozen helicopters']]],
    ['Forty five soldiers and twenty-five civilians died.', [[45, 'troops', 'Forty five soldiers'], [25, 'people', 'twenty-five civilians']]],
    ['At least 12 killed and 30 were wounded.', [[12, 'people', 'At least 12 killed'], [30, 'people', '30 were wounded']]],
    ['The strike killed 9, wounding 14.', [[9, 'people', '9'], [14, 'people', '14']]],
    ['Twelve wounded soldiers and 3 drone pilots were evacuated.', [[12, 'troops', 'Twelve wounded soldiers'], [3, 'troops', '3 drone pilots']]],
    ['One soldier was missing; 10,000 Ukrainian and Polish soldiers trained.',
      [[1, 'troops', 'One soldier'], [10_000, 'troops', '10,000 Ukrainian and Polish soldiers']]],
    ['Moscow freed 300 prisoners of war and 7 armoured vehicles.', [[300, 'people', '300 prisoners'], [7, 'vehicles', '7 armoured vehicles']]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(found(sentence), expected, sentence);
});

test('false friends: years, dates, model numbers, ages, percentages, ordinals and the like', () => {
  for (const sentence of [
    'In 2014 troops entered the peninsula.',
    'On July 13 soldiers blocked the road.',
    'On 13 July soldiers blocked the road.',
    'The F-35 and the S-400 are not comparable.',
    'An Iskander-M battery was seen.',
    'A 45-year-old man and his son, aged 12, fled.',
    'Some 70 percent of the troops are conscripts.',
    'The G7 and the 2+2 talks ended.',
    'Call +44 20 7946 0958 for details.',
    'A column of 1 250 soldiers advanced.', // spaced thousands: "250 soldiers" would be wrong
    'One of the girls was released.',
    'The 5th brigade and the third battalion moved.',
    'Two think tanks and three tank brigades were named.',
    'Three drone strikes hit the depot.',
    'Resolution 2231 was cited.',
    'The plant made 50 aircraft parts a day.',
    'One drone strike hit the depot.',
  ]) {
    assert.deepEqual(found(sentence), [], sentence);
  }
});

test('offsets are document offsets and only `within` is searched', () => {
  const text = 'Earlier, 400 troops left. Then the ministry sent 2,500 soldiers and $3 billion.';
  const within = { start: text.indexOf('Then'), end: text.length };
  const result = quantities(text, within);
  assert.deepEqual(result.map((q) => [q.amount, q.unit]), [[2500, 'troops'], [3e9, 'USD']]);
  for (const q of result) assert.equal(text.slice(q.span.start, q.span.end), q.text);
  assert.equal(result[0]?.span.start, text.indexOf('2,500'));
  assert.deepEqual(quantities(text, { start: 0, end: 0 }), []);
});

test('a long text of 2,000+ words is read completely and correctly', () => {
  const sentence = 'On Monday the ministry said 1,200 troops and 35 tanks moved north, costing $45 million in 2021 terms. ';
  const noise = 'Observers in the region noted that the 2+2 format and the F-35 programme were not discussed. ';
  const text = (sentence + noise).repeat(60); // ~2,200 words
  const result = quantities(text, { start: 0, end: text.length });
  assert.equal(result.length, 180);
  assert.deepEqual(result.slice(0, 3).map((q) => [q.amount, q.unit, q.text]),
    [[1200, 'troops', '1,200 troops'], [35, 'tanks', '35 tanks'], [45e6, 'USD', '$45 million']]);
  assert.ok(result.every((q) => text.slice(q.span.start, q.span.end) === q.text));
});
