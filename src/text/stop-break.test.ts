import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split-sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** Each case: the text, and the sentences it must split into. */
type Case = readonly [string, readonly string[]];

const check = (cases: readonly Case[]): void => {
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(sentences(text), expected));
  }
};

describe('stops followed by a space', () => {
  check([
    ['Talks failed. The envoy left.', ['Talks failed.', 'The envoy left.']],
    ['Is this war? Nobody knows! Maybe…', ['Is this war?', 'Nobody knows!', 'Maybe…']],
    ['They waited... The answer came.', ['They waited...', 'The answer came.']],
    ['Really?! No way.', ['Really?!', 'No way.']],
    ['He left. “The talks are over,” he said.', ['He left.', '“The talks are over,” he said.']],
    ['It rose in 2022. 2023 was worse.', ['It rose in 2022.', '2023 was worse.']],
    ['Aid was sent to Ukraine . The UK agreed.', ['Aid was sent to Ukraine .', 'The UK agreed.']],
    ['Moscow said so. Пекин согласился.', ['Moscow said so.', 'Пекин согласился.']],
  ]);
});

describe('sentences glued without a space', () => {
  check([
    ['It hurt Ukraine.However, it held.', ['It hurt Ukraine.', 'However, it held.']],
    ['It is called “aggression”.However, few agree.', ['It is called “aggression”.', 'However, few agree.']],
    ['It is a fantasy!”United we stand” is a slogan.', ['It is a fantasy!”', 'United we stand” is a slogan.']],
    ['They asked why?Nobody answered.', ['They asked why?', 'Nobody answered.']],
    ['It will never succeed.”United Russia” is a dream.', ['It will never succeed.”', 'United Russia” is a dream.']],
    ['It is Russia’s.It’s clear.', ['It is Russia’s.', 'It’s clear.']],
    ['They sent the F-35.The jets arrived.', ['They sent the F-35.', 'The jets arrived.']],
    ['He warned NATO.However, it expanded.', ['He warned NATO.', 'However, it expanded.']],
    ['It began in 2022.The war goes on.', ['It began in 2022.', 'The war goes on.']],
    ['He said it.“Never again,” she replied.', ['He said it.', '“Never again,” she replied.']],
    ['外交部表示反对。美方没有回应！会谈结束了？', ['外交部表示反对。', '美方没有回应！', '会谈结束了？']],
    ['他说：“我们反对。”随后离开。', ['他说：“我们反对。”', '随后离开。']],
  ]);
});

describe('stops that do not end a sentence', () => {
  check([
    ['Mr. Smith met Dr. Jones and Prof. Lee.', ['Mr. Smith met Dr. Jones and Prof. Lee.']],
    ['Gen. Petrov and Col. Ivanov met Lt. Sidorov in St. Petersburg.', ['Gen. Petrov and Col. Ivanov met Lt. Sidorov in St. Petersburg.']],
    ['Sen. Reed and Gov. Hale spoke.', ['Sen. Reed and Gov. Hale spoke.']],
    ['Russia vs. Ukraine, e.g. in Crimea, i.e. the south.', ['Russia vs. Ukraine, e.g. in Crimea, i.e. the south.']],
    ['Resolution No. 5 passed on Jan. 12 and Sept. 3.', ['Resolution No. 5 passed on Jan. 12 and Sept. 3.']],
    ['Acme Inc. Board members and Ltd. Partners met.', ['Acme Inc. Board members and Ltd. Partners met.']],
    ['U.S. officials met U.K. envoys.', ['U.S. officials met U.K. envoys.']],
    ['The U.N. Security Council met.', ['The U.N. Security Council met.']],
    ['J. R. R. Tolkien wrote it.', ['J. R. R. Tolkien wrote it.']],
    ['George W. Bush spoke.', ['George W. Bush spoke.']],
    ['Growth was 3.5 percent, or 1.2 million jobs, in v2.0 of the plan.', ['Growth was 3.5 percent, or 1.2 million jobs, in v2.0 of the plan.']],
    ['Read huanqiu.com and www.Example.org for more.', ['Read huanqiu.com and www.Example.org for more.']],
    ['Write to press@Kremlin.Example.ru today.', ['Write to press@Kremlin.Example.ru today.']],
    ['He hesitated... and then agreed.', ['He hesitated... and then agreed.']],
    ['He hesitated…and then agreed.', ['He hesitated…and then agreed.']],
    ['“Why?” he asked.', ['“Why?” he asked.']],
    ['"Enough!" she shouted.', ['"Enough!" she shouted.']],
    ['The U.S.A. and the E.U. agreed.', ['The U.S.A. and the E.U. agreed.']],
    ['At 5 p.m. local time the sirens sounded.', ['At 5 p.m. local time the sirens sounded.']],
    ['It was the end. and then more.', ['It was the end. and then more.']],
    ['The U.S.-led coalition struck.', ['The U.S.-led coalition struck.']],
  ]);
});

describe('ambiguous stops decided by the next word', () => {
  check([
    ['Troops stayed in the U.S. The next day they left.', ['Troops stayed in the U.S.', 'The next day they left.']],
    ['They chose Plan B. It failed.', ['They chose Plan B.', 'It failed.']],
    ['Tanks, jets, etc. However, no ships.', ['Tanks, jets, etc.', 'However, no ships.']],
    ['Tanks, jets, etc. Ships too.', ['Tanks, jets, etc. Ships too.']],
    ['It ended at 11 p.m. The city slept.', ['It ended at 11 p.m.', 'The city slept.']],
    ['He joined Acme Inc. In 2020 he left.', ['He joined Acme Inc.', 'In 2020 he left.']],
    ['Signed by A. B. Smith.', ['Signed by A. B. Smith.']],
  ]);
});
