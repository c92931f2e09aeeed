// `analyze --narratives FILE`: a user's catalogue is read after ours; a malformed one stops the
// run before anything is analysed, naming the file and the entry (exit 2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCliCaptured } from '../testing/run-cli.js';
import { createWorkspace } from '../testing/test-workspace.js';

test('a malformed narrative catalogue is named with its entry and nothing is analysed', async () => {
  const ws = await createWorkspace();
  try {
    const article = await ws.write('a.txt', 'Title\n\nRussia and China held talks in Beijing on Monday.\n');
    const bad = await ws.write('bad.json', JSON.stringify({ $schema: 'entente/narratives/catalogue', version: 1, actorGroups: {}, narratives: [{ id: 'x', label: 'X' }, { id: 'x', label: 'Y' }] }));
    const r = await runCliCaptured(['analyze', article, '--narratives', bad]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.json/);
    assert.match(r.err, /narratives\[\d\]/);
    assert.equal(r.out, '');
  } finally {
    await ws.remove();
  }
});
