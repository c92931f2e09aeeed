// `entente events --grouped` end to end on an SQLite file: two reports of one attack and a
// repost of the first (found by ingest's own duplicate check) are one cross-document event of
// three articles but two stories; a report outside the window is another event.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventGroup } from '../store/store.js';
import { runCliCaptured } from '../testing/run-cli.js';
import { createWorkspace } from '../testing/test-workspace.js';

const FIRST = [
  'Russia attacked Ukraine with missiles and drones overnight, the air force in Kyiv said. The strikes hit power stations in the east of the country and left thousands of homes without electricity for several hours.',
  'Ukraine said its air defences shot down most of the drones. The foreign ministry in Kyiv called on its partners to send more air defence systems before the winter, and said the attacks were aimed at civilians.',
].join('\n\n');
const SECOND = [
  'Russian forces attacked Ukraine again on the second night of strikes, local officials reported. Emergency crews worked through the morning to restore water supplies in two cities.',
  'Poland said it had scrambled its jets as a precaution. Officials in Warsaw said no aircraft had entered Polish airspace.',
].join('\n\n');

const page = (title: string, header: string, body: string): string => `${title}\n\n${header}\n\n${body}\n`;

test('events --grouped counts a repost as an article but not as a story; --window joins later reports', async () => {
  const ws = await createWorkspace();
  try {
    await ws.write('in/a.txt', page('Missiles and drones hit Ukraine', '2023/03/0108:00:00 military 1200', FIRST));
    await ws.write('in/b.txt', page('Second night of strikes', '2023/03/0209:00:00 military 800', SECOND));
    await ws.write('in/c.txt', page('Shocking: missiles hit Ukraine, experts say', '2023/03/0310:00:00 international 5', `${FIRST}\n\nRead more of our exclusive reports on the war every day.`));
    await ws.write('in/d.txt', page('A month on', '2023/04/1508:00:00 military 300', FIRST.replace('overnight', 'once more').replace('power stations', 'rail depots').replace('before the winter', 'at once')));
    const db = ws.path('s.db');
    const ingest = await runCliCaptured(['ingest', ws.path('in'), '--db', db]);
    assert.equal(ingest.code, 0, ingest.err);

    const grouped = async (...extra: string[]): Promise<EventGroup[]> => {
      const r = await runCliCaptured(['events', '--grouped', '--db', db, '--format', 'jsonl', '--source', 'RUS', '--target', 'UKR', '--code', '19', ...extra]);
      assert.equal(r.code, 0, r.err);
      return r.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventGroup);
    };
    const groups = await grouped();
    assert.equal(groups.length, 2, JSON.stringify(groups.map((g) => [g.firstDay, g.numArticles])));
    assert.deepEqual([groups[0]!.firstDay, groups[0]!.numArticles, groups[0]!.numStories], ['2023-03-01', 3, 2]);
    assert.deepEqual([groups[1]!.firstDay, groups[1]!.numArticles], ['2023-04-15', 1]);
    const wide = await grouped('--window', '60');
    assert.equal(wide.length, 1);
    assert.equal(wide[0]!.numArticles, 4);

    const text = await runCliCaptured(['events', '--grouped', '--db', db, '--source', 'RUS']);
    assert.match(text.out, /RUS → UKR .*3 articles \(2 stories/);
    const bad = await runCliCaptured(['events', '--window', '3', '--db', db]);
    assert.equal(bad.code, 2);
  } finally {
    await ws.remove();
  }
});
