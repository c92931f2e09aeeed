// The speech cue list (data/quotes/speech-cues.json): the bundled list covers the cues of news
// reporting; a malformed file fails loudly naming file and entry; a user's list drives the stage.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DataFileError } from '../core/errors.js';
import { segment } from '../text/segment.js';
import { findQuotes } from './find-quotes.js';
import { defaultSpeechCues, defaultSpeechCuesFile, readSpeechCueFile } from './speech-cues.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-quotes-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
const envelope = { $schema: 'entente/quotes/speech-cues', version: 1, phrases: [{ phrase: 'according to' }], speakerNouns: ['official'] };

test('the bundled list has the cues of news reporting, and "according to"', () => {
  const cues = defaultSpeechCues();
  const lemmas = new Set<string>();
  for (const first of ['said', 'stated', 'declared', 'stressed', 'noted', 'warned', 'claimed', 'accused', 'told', 'added', 'emphasised',
    'emphasized', 'pointed', 'believes', 'argued', 'insisted', 'urged', 'vowed', 'announced', 'reiterated', 'complained', 'condemned', 'wrote', 'tweeted']) {
    const form = cues.startingWith(first)[0];
    assert.ok(form, `no cue "${first}"`);
    lemmas.add(form.lemma);
  }
  assert.equal(cues.startingWith('according')[0]?.takes, 'phrase');
  assert.deepEqual(cues.startingWith('pointed')[0]?.words, ['pointed', 'out']);
  assert.ok(cues.isSpeakerNoun('officials') && cues.isSpeakerNoun('authorities') && !cues.isSpeakerNoun('plan'));
});

test('the bundled file lists 80–150 verbs, each form once', () => {
  const file = JSON.parse(readFileSync(defaultSpeechCuesFile(), 'utf8')) as { verbs: { forms: string[] }[] };
  assert.ok(file.verbs.length >= 80 && file.verbs.length <= 150, `${file.verbs.length} verbs`);
  const forms = file.verbs.flatMap((v) => v.forms);
  assert.equal(new Set(forms).size, forms.length);
});

test('a malformed entry fails the whole file with a DataFileError naming the file and every bad entry', () => {
  const file = write('bad.json', {
    ...envelope,
    verbs: [
      { lemma: 'say', takes: 'clause', forms: ['say', 'said'] },
      { lemma: 'grumble', takes: 'maybe', forms: ['grumbled'] },
      { lemma: 'utter', takes: 'that', forms: ['uttered', 'said'] },
      { lemma: 'mutter', takes: 'that', forms: ['muttered'], nounForms: ['mutter'] },
    ],
  });
  assert.throws(() => readSpeechCueFile(file), (e: unknown) => {
    assert.ok(e instanceof DataFileError);
    assert.equal(e.file, file);
    assert.match(e.message, /verbs\[1\] "grumble": takes/);
    assert.match(e.message, /verbs\[2\] "utter": form "said" is already listed by verbs\[0\] "say"/);
    assert.match(e.message, /verbs\[3\] "mutter": nounForms/);
    assert.match(e.message, /3 problems/);
    return true;
  });
});

test('a file that is not a cue list, or not JSON, is a DataFileError', () => {
  assert.throws(() => readSpeechCueFile(write('other.json', { $schema: 'entente/events/triggers', version: 1, verbs: [] })), DataFileError);
  const notJson = join(dir, 'broken.json');
  writeFileSync(notJson, '{ "verbs": [');
  assert.throws(() => readSpeechCueFile(notJson), /not valid JSON/);
});

test('the cue list drives the stage: a verb it lists is a cue, one it lacks is not', () => {
  const text = 'Officials grumbled that the border would stay closed until May.';
  const seg = segment(text);
  const doc = { text, ...seg, actors: [], events: [] };
  assert.deepEqual(findQuotes(doc, defaultSpeechCues()).quotes, []);
  const own = readSpeechCueFile(write('own.json', { ...envelope, verbs: [{ lemma: 'grumble', takes: 'that', forms: ['grumbled'] }] }));
  const quotes = findQuotes(doc, own).quotes;
  assert.deepEqual(quotes.map((q) => [q.speakerText, q.cue, q.text]), [['Officials', 'grumbled', 'the border would stay closed until May']]);
});
