// `entente ingest` end to end on an SQLite file: idempotent re-ingest, a repost found as a
// near-duplicate while a different article on the same topic is not, failed sources named while
// the batch goes on, and a store that cannot be opened named with its reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStore } from '../store/open-store.js';
import { runCliCaptured } from '../testing/run-cli.js';
import { createWorkspace } from '../testing/test-workspace.js';

const BODY = [
  'Russia and Belarus held joint military exercises near the Polish border on Tuesday, the defence ministry in Minsk said. The drills involved several thousand troops and dozens of aircraft, and they will continue until the end of the month.',
  'Poland protested against the exercises and summoned the Belarusian ambassador in Warsaw. The Polish foreign minister said the drills were a provocation aimed at the security of the whole region.',
  'NATO said it was following the exercises closely. The alliance promised to strengthen its eastern flank and to send more aircraft to the Baltic states before the winter.',
].join('\n\n');

const OTHER = [
  'Belarus and Russia signed an agreement on energy prices in Moscow on Friday, the Kremlin said. The two countries will keep gas prices for Belarusian industry unchanged next year.',
  'Poland criticised the agreement and said that it would increase the dependence of the region on Russian energy. The European Union did not comment on the deal.',
].join('\n\n');

const article = (title: string, header: string, body: string): string => `${title}\n\n${header}\n\n${body}\n`;

test('ingesting a folder twice stores each article once; a repost is a near-duplicate, another article is not', async () => {
  const ws = await createWorkspace();
  try {
    await ws.write('in/drills.txt', article('Joint drills near the Polish border', '2023/09/1210:00:00 military 1200', BODY));
    await ws.write('in/energy.txt', article('Energy agreement signed in Moscow', '2023/09/1509:30:00 economy 800', OTHER));
    const db = ws.path('store.db');
    const first = await runCliCaptured(['ingest', ws.path('in'), '--db', db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /2 sources .*: 2 added, 0 unchanged/);
    const again = await runCliCaptured(['ingest', ws.path('in'), '--db', db]);
    assert.match(again.err, /2 sources .*: 0 added, 2 unchanged/);

    // A repost a year later: new title line, new header and date, one sentence edited, a line added.
    const edited = BODY.replace('several thousand troops', 'about five thousand troops').replace('before the winter.', 'before the winter. Minsk rejected the criticism.');
    await ws.write('repost/drills-again.txt', article('Drills near the Polish border: what happened', '2024/10/0108:00:00 international 5', edited));
    // And an exact copy of the body under another name and date.
    await ws.write('repost/drills-copy.txt', article('Drills: the full story', '2024/11/0108:00:00 international 9', BODY));
    const repost = await runCliCaptured(['ingest', ws.path('repost'), '--db', db]);
    assert.match(repost.err, /1 added, 0 unchanged, 1 copies of stored articles/);
    const store = await openStore(db);
    let pairs;
    try {
      pairs = await store.duplicates({}, { limit: 10 });
      assert.equal(pairs.length, 1, JSON.stringify(pairs));
      assert.ok(['near', 'contained'].includes(pairs[0]!.kind));
      assert.equal((await store.stats()).documents, 3);
    } finally {
      await store.close();
    }
    const listed = (await runCliCaptured(['duplicates', '--db', db, '--format', 'jsonl'])).out.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; sources?: { published: string }[] });
    assert.deepEqual(listed.map((l) => l.kind).sort(), ['copy', pairs[0]!.kind].sort());
    assert.deepEqual(listed.find((l) => l.kind === 'copy')?.sources?.map((x) => x.published.slice(0, 10)), ['2023-09-12', '2024-11-01']);
  } finally {
    await ws.remove();
  }
});

test('a failed source is named and the rest of the batch is stored', async () => {
  const ws = await createWorkspace();
  try {
    await ws.write('in/a.txt', article('Joint drills near the Polish border', '2023/09/1210:00:00 military 1200', BODY));
    await ws.write('in/empty.txt', '');
    const r = await runCliCaptured(['ingest', ws.path('in'), '--db', ws.path('s.db')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /empty\.txt/);
    assert.match(r.err, /1 added, .* 1 failed/);
  } finally {
    await ws.remove();
  }
});

test('a store that cannot be opened is named with the reason, and nothing is read', async () => {
  const ws = await createWorkspace();
  try {
    await ws.write('in/a.txt', article('T', '2023/09/1210:00:00 military 1', BODY));
    const r = await runCliCaptured(['ingest', ws.path('in'), '--db', ws.path('in')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /in: cannot open the store/);
  } finally {
    await ws.remove();
  }
});
