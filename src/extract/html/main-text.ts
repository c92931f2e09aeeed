// Where the body comes from, best first: Readability's article; the page's JSON-LD
// `articleBody` when Readability finds (almost) nothing; the plain text of <body> when both fail.
import { Readability } from '@mozilla/readability';
import { diagnostic } from '../../core/diagnostic.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { ReadabilityMeta } from './html-metadata.js';
import { htmlToText, nodeToBlocks } from './html-to-text.js';
import type { TextBlock } from './html-to-text.js';
import { textOf } from './json-ld.js';
import type { JsonLd } from './json-ld.js';
import { parseDocument } from './parse-document.js';
import type { DomDocument, DomNode } from './parse-document.js';
import { nestingDepth } from './walk-dom.js';

/**
 * Readability recurses over the tree: on linkedom it overflows the stack near 3,000 levels and
 * grows quadratic well before (4 s at 1,000). Real pages stay under ~100 levels.
 */
export const MAX_NESTING = 256;
/** Below this many characters a longer JSON-LD `articleBody` beats Readability's result. */
const SHORT = 500;
/** Below this many characters Readability found nothing worth keeping over the whole body. */
const VERY_SHORT = 140;
/** The body fallback replaces a short Readability result only when it has this much more text. */
const FALLBACK_GAIN = 2;
/** Left out of the body fallback: navigation and page chrome, never article text. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);

export interface MainText {
  blocks: TextBlock[];
  source: 'readability' | 'json-ld' | 'body';
  found: ReadabilityMeta;
  diagnostics: Diagnostic[];
}

const sizeOf = (blocks: readonly TextBlock[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

function runReadability(doc: DomDocument): { blocks: TextBlock[]; found: ReadabilityMeta; failure?: string } {
  try {
    const article = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode }).parse();
    if (!article?.content) return { blocks: [], found: article ?? {} };
    return { blocks: nodeToBlocks(article.content), found: article };
  } catch (e) {
    // Readability is third-party code over arbitrary markup: a crash there is a content problem.
    return { blocks: [], found: {}, failure: e instanceof Error ? e.message : String(e) };
  }
}

/** `articleBody` as paragraphs; some sites put HTML in it. */
function articleBodyBlocks(jsonLd: JsonLd): TextBlock[] {
  const body = jsonLd.articles.map((a) => textOf(a['articleBody'])).find((b) => b !== null);
  if (!body) return [];
  const text = /<\/?[a-z][^>]*>/i.test(body) ? htmlToText(body) : body.replace(/\r\n?/g, '\n');
  return text.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
    .map((p) => ({ text: p, tag: 'p', linkChars: 0, chars: p.replace(/\s+/g, '').length }));
}

const bodyBlocks = (html: string, uri: string): TextBlock[] =>
  nodeToBlocks(parseDocument(html, uri).body, { skip: CHROME });

/** Picks the page's main text. `doc` is consumed: Readability rewrites it. */
export function mainText(doc: DomDocument, html: string, uri: string, jsonLd: JsonLd): MainText {
  const diagnostics: Diagnostic[] = [];
  const depth = nestingDepth(doc, MAX_NESTING);
  if (depth > MAX_NESTING) {
    diagnostics.push(diagnostic('extract/deep-nesting', `elements nest more than ${MAX_NESTING} deep: main-text extraction skipped, plain text of the page used`, 'warning'));
    return { blocks: nodeToBlocks(doc.body, { skip: CHROME }), source: 'body', found: {}, diagnostics };
  }
  const read = runReadability(doc);
  if (read.failure) diagnostics.push(diagnostic('extract/readability-failed', `main-text extraction failed (${read.failure})`, 'warning'));
  const size = sizeOf(read.blocks);
  if (size >= SHORT) return { blocks: read.blocks, source: 'readability', found: read.found, diagnostics };

  const ld = articleBodyBlocks(jsonLd);
  if (sizeOf(ld) > Math.max(size, 1) * FALLBACK_GAIN) {
    diagnostics.push(diagnostic('extract/json-ld-body', 'main text taken from the page\'s JSON-LD articleBody', 'info'));
    return { blocks: ld, source: 'json-ld', found: read.found, diagnostics };
  }
  // The DOM Readability worked on is rewritten, so the fallback reads a fresh parse.
  const body = size < VERY_SHORT ? bodyBlocks(html, uri) : [];
  if (sizeOf(body) > Math.max(size, 1) * FALLBACK_GAIN) {
    diagnostics.push(diagnostic('extract/body-fallback', 'no article found: main text is the plain text of the page body', 'warning'));
    return { blocks: body, source: 'body', found: read.found, diagnostics };
  }
  return { blocks: read.blocks, source: 'readability', found: read.found, diagnostics };
}
