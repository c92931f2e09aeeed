// The HTML extract stage: metadata from the page's markup, main text from Readability (or a
// fallback), then our precision pass. Content problems are diagnostics, never exceptions.
import { diagnostic } from '../../core/diagnostic.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import { emptyMeta } from '../extracted.js';
import type { Extracted } from '../extracted.js';
import { htmlMetadata, withReadabilityMeta } from './html-metadata.js';
import { blocksToText } from './html-to-text.js';
import { readJsonLd } from './json-ld.js';
import { mainText } from './main-text.js';
import { parseDocument } from './parse-document.js';
import { precisionPass } from './precision-pass.js';
import { visibleMeta } from './visible-meta.js';

const noText = (reason: string): Diagnostic => diagnostic('extract/no-text', reason, 'error');

export function extractHtml(input: { html: string; uri: string }): Extracted {
  const { html, uri } = input;
  if (!html.trim()) {
    return { meta: emptyMeta(), text: '', removed: [], diagnostics: [noText('the HTML input is empty')] };
  }
  const doc = parseDocument(html, uri);
  // Metadata first: Readability strips scripts (and so JSON-LD) from the document it reads.
  const jsonLd = readJsonLd(doc);
  const stated = htmlMetadata(doc, uri, jsonLd);
  const visible = visibleMeta(doc);
  const main = mainText(doc, html, uri, jsonLd);
  const meta = withReadabilityMeta(stated, main.found, doc, visible);
  const pass = precisionPass(main.blocks, meta.title);
  const text = blocksToText(pass.kept);
  const diagnostics = [...jsonLd.diagnostics, ...main.diagnostics];
  if (!text) diagnostics.push(noText('the page has no text'));
  return { meta, text, removed: pass.removed, diagnostics };
}
