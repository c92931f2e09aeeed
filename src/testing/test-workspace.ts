// Test support for the ingest tests: real files in a fresh temporary directory, and helpers to
// drain a reader. Not used by the product code.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SourceError } from '../core/errors.js';
import type { IngestItem, SourceDocument } from '../ingest/source-document.js';

export interface Workspace {
  readonly dir: string;
  path(relative: string): string;
  /** Writes a file (creating its folders) and returns its full path. */
  write(relative: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'entente-ingest-'));
  const path = (relative: string): string => join(dir, relative);
  return {
    dir,
    path,
    async write(relative, content) {
      const full = path(relative);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
      return full;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function collectItems(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const all: IngestItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

export const docsOf = (items: readonly IngestItem[]): SourceDocument[] =>
  items.flatMap((item) => (item.ok ? [item.doc] : []));

export const errorsOf = (items: readonly IngestItem[]): SourceError[] =>
  items.flatMap((item) => (item.ok ? [] : [item.error]));

/** The only item, which must be a document. */
export function onlyDoc(items: readonly IngestItem[]): SourceDocument {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0 || !item.ok) {
    throw new Error(`expected one document, got ${JSON.stringify(items.map((i) => (i.ok ? i.doc.uri : i.error.message)))}`);
  }
  return item.doc;
}

/** The only item, which must be a failure; returns its message (`source: reason`). */
export function onlyError(items: readonly IngestItem[]): SourceError {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0 || item.ok) {
    throw new Error(`expected one failure, got ${JSON.stringify(items.map((i) => (i.ok ? i.doc.uri : i.error.message)))}`);
  }
  return item.error;
}
