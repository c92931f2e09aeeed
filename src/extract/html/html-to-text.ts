// HTML → plain text with paragraph structure. Every block element ends a paragraph, <br> is a
// line break, whitespace collapses inside a paragraph, and entities come decoded from the
// parser. Each paragraph keeps how much of it is link text, for the precision pass.
import { isElement, parseDocument, TEXT_NODE } from './parse-document.js';
import type { DomNode } from './parse-document.js';
import { walkDom } from './walk-dom.js';

/** One paragraph of converted text. */
export interface TextBlock {
  text: string;
  /** The block element that opened the paragraph (`p`, `li`, `h2`…), `''` for loose text. */
  tag: string;
  /** Non-space characters of the paragraph that sit inside links. */
  linkChars: number;
  /** Non-space characters of the paragraph. */
  chars: number;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'select', 'textarea', 'button',
]);

export interface ToTextOptions {
  /** Extra element names whose text is left out (the body fallback drops navigation). */
  skip?: ReadonlySet<string>;
}

const nonSpace = (s: string): number => s.replace(/\s+/g, '').length;

/** Splits a paragraph's raw text at blank lines and tidies each line. */
function tidy(raw: string): string[] {
  const lines = raw.split('\n').map((l) => l.replace(/[^\S\n]+/g, ' ').trim());
  return lines.join('\n').split(/\n{2,}/).map((p) => p.replace(/^\n+|\n+$/g, '')).filter((p) => p !== '');
}

class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  private raw = '';
  private linkChars = 0;
  private tag = '';

  append(text: string, inLink: boolean, inPre: boolean): void {
    this.raw += inPre ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ');
    if (inLink) this.linkChars += nonSpace(text);
  }

  lineBreak(): void {
    this.raw += '\n';
  }

  /** Ensures a word boundary (between table cells). */
  space(): void {
    this.raw += ' ';
  }

  /** Ends the current paragraph; `tag` names the block that opens the next one. */
  flush(nextTag: string): void {
    const paragraphs = tidy(this.raw);
    // Link characters are spread over the paragraphs a blank line split them into.
    const total = paragraphs.reduce((n, p) => n + nonSpace(p), 0);
    for (const text of paragraphs) {
      const chars = nonSpace(text);
      const linkChars = total ? Math.round((this.linkChars * chars) / total) : 0;
      this.blocks.push({ text, tag: this.tag, linkChars: Math.min(linkChars, chars), chars });
    }
    this.raw = '';
    this.linkChars = 0;
    this.tag = nextTag;
  }
}

/** Converts the subtree under `root` (a document or element) to paragraphs. */
export function nodeToBlocks(root: DomNode, options: ToTextOptions = {}): TextBlock[] {
  const out = new BlockBuilder();
  let linkDepth = 0;
  let preDepth = 0;
  // Open block names, so text after a nested block still knows which block it belongs to.
  const open: string[] = [];
  const skipped = (name: string): boolean => NEVER_TEXT.has(name) || (options.skip?.has(name) ?? false);
  walkDom(root, {
    enter(node) {
      if (node.nodeType === TEXT_NODE) {
        out.append(node.textContent ?? '', linkDepth > 0, preDepth > 0);
        return false;
      }
      if (!isElement(node)) return false;
      const name = node.localName.toLowerCase();
      if (skipped(name)) return false;
      if (name === 'br') out.lineBreak();
      else if (BLOCK.has(name)) {
        out.flush(name);
        open.push(name);
      }
      else if (CELL.has(name)) out.space();
      if (name === 'a') linkDepth++;
      if (name === 'pre') preDepth++;
      return true;
    },
    exit(node) {
      if (!isElement(node)) return;
      const name = node.localName.toLowerCase();
      if (name === 'a') linkDepth--;
      if (name === 'pre') preDepth--;
      if (BLOCK.has(name)) {
        open.pop();
        out.flush(open.at(-1) ?? '');
      } else if (CELL.has(name)) out.space();
    },
  });
  out.flush('');
  return out.blocks;
}

/** Paragraphs joined the way `Extracted.text` wants them: a blank line between paragraphs. */
export const blocksToText = (blocks: readonly TextBlock[]): string => blocks.map((b) => b.text).join('\n\n');

/** Converts an HTML document or fragment to plain text. */
export const htmlToText = (html: string, options: ToTextOptions = {}): string =>
  blocksToText(nodeToBlocks(parseDocument(html, 'about:blank'), options));
