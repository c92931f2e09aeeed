import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Removal } from '../model/analysis.js';
import type { ExtractedMeta } from './extracted.js';
import { extractHtml } from './html/extract-html.js';
import { extractText } from './text/extract-text.js';

export interface SourceLayer extends WithDiagnostics { readonly source: SourceDocument }
export interface ExtractLayer { readonly meta: ExtractedMeta; readonly text: string; readonly removed: readonly Removal[] }

/**
 * HTML or plain text → body and metadata. A JSON/JSONL record's own fields win over anything
 * read from its text (SPEC §1.1): the title only from `title`, the date from `published` when given.
 */
/** A feed item's or WARC record's metadata fills only what the page itself does not state. */
const withHints = (meta: ExtractedMeta, h: SourceDocument['hints']): ExtractedMeta => (h === undefined ? meta : {
  ...meta, title: meta.title ?? h.title ?? null, published: meta.published ?? h.published ?? null,
  site: meta.site ?? h.site ?? null, author: meta.author ?? h.author ?? null,
});

export const extractStage: Stage<SourceLayer, ExtractLayer> = {
  name: 'extract',
  run({ source }) {
    const x = source.kind === 'html'
      ? extractHtml({ html: source.content, uri: source.uri })
      : extractText({ content: source.content, fromRecord: source.fromRecord });
    const g = source.given;
    const meta: ExtractedMeta = source.fromRecord
      ? {
        ...x.meta,
        title: g.title ?? null,
        published: g.published ?? x.meta.published,
        site: g.site ?? x.meta.site,
        author: g.author ?? x.meta.author,
      }
      : withHints(x.meta, source.hints);
    return { meta, text: x.text, removed: x.removed, diagnostics: x.diagnostics };
  },
};
