// Golden files of the actors stage on the bundled samples: every actor with its code and the
// text of each mention, so a changed resolution shows up for review.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { analyzeFiles } from '../testing/analyze-files.js';
import { assertGolden } from '../testing/golden.js';
import { projectRoot } from '../testing/paths.js';

test('actors of the sample corpus are unchanged (golden)', async () => {
  const dir = join(projectRoot, 'samples', 'corpus');
  const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort().map((f) => join(dir, f));
  for (const a of await analyzeFiles(files)) {
    assertGolden(`actors/${basename(a.uri).replace(/\.\w+$/, '')}`, a.actors.map((x) => ({
      id: x.id, kind: x.kind, country: x.country, code: x.code, mentions: x.mentions.map((m) => m.text),
    })));
  }
});
