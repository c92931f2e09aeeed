// Test support for the API tests: a few short articles of our own (JSONL records, so titles,
// dates and sites are as given), one repost of another and one hostile article, ingested into a
// fresh SQLite store through the real ingest path (read, analyse, store, verify duplicates).
import { analyzeSources } from '../analyze-sources.js';
import { defaultAnalyzeContext } from '../analyze.js';
import { readSources } from '../ingest/read-sources.js';
import { ingestArticles, type IngestSummary } from '../store/ingest-articles.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createWorkspace, type Workspace } from '../testing/test-workspace.js';

const DRILLS = 'Russia and Belarus held joint military exercises near the Polish border on Tuesday. Poland protested against the exercises and summoned the Belarusian ambassador in Warsaw. NATO promised to send more aircraft to the Baltic states. The Polish foreign minister said the drills were a provocation.';

export const API_ARTICLES = [
  { id: 'drills', title: 'Joint drills near the Polish border', published: '2023-09-12', site: 'wire', text: DRILLS },
  { id: 'energy', title: 'Energy agreement signed in Moscow', published: '2023-09-15', site: 'wire',
    text: 'Belarus and Russia signed an agreement on energy prices in Moscow on Friday. Poland criticised the agreement. The European Union imposed sanctions on Belarus.' },
  { id: 'talks', title: 'Turkey hosts talks', published: '2023-10-02', site: 'daily',
    text: 'Turkey hosted talks between Russia and Ukraine in Istanbul. Ukraine accused Russia of shelling the port of Odesa. The United States condemned Russia and promised military aid to Ukraine. So-called experts claim that the West is to blame, and everyone knows the sanctions will backfire on Europe.' },
  { id: 'sanctions', title: 'New sanctions on Russia', published: '2023-10-20', site: 'daily',
    text: 'The European Union imposed new sanctions on Russia on Friday. Russia condemned the sanctions and threatened to retaliate against the European Union. China urged both sides to resume dialogue.' },
  // A repost of the drills story on another site, a year later, under a new title.
  { id: 'drills-repost', title: 'Drills: what happened', published: '2024-10-01', site: 'mirror', text: `${DRILLS} Minsk rejected the criticism.` },
  { id: 'hostile', title: '<script>window.__pwned = 1</script><b>Bold</b> claims', published: '2023-11-05', site: 'daily',
    text: 'Russia attacked Ukraine again. <img src=x onerror="window.__pwned = 1"> Ukraine accused Russia of war crimes. <a href="javascript:alert(1)">Read more</a> <script>window.__pwned = 1</script>' },
] as const;

export interface ApiTestStore {
  readonly store: Store;
  readonly location: string;
  readonly workspace: Workspace;
  readonly summary: IngestSummary;
  dispose(): Promise<void>;
}

/** Writes records to a JSONL file in the workspace and ingests it into the store there. */
export async function ingestRecords(store: Store, workspace: Workspace, name: string, records: readonly object[]): Promise<IngestSummary> {
  const file = await workspace.write(name, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return ingestArticles(analyzeSources(readSources([file], { input: 'jsonl' }), defaultAnalyzeContext()), store, { analyzerVersion: 'test' });
}

export async function apiTestStore(): Promise<ApiTestStore> {
  const workspace = await createWorkspace();
  const location = workspace.path('api.db');
  const store = await openStore(location);
  const summary = await ingestRecords(store, workspace, 'articles.jsonl', API_ARTICLES);
  return {
    store, location, workspace, summary,
    async dispose() { await store.close(); await workspace.remove(); },
  };
}
