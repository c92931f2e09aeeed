// The slice of the DOM this stage uses, typed structurally: the project compiles without the
// DOM lib, and linkedom's own typings lean on it. linkedom builds the tree without running any
// script or event handler (it has no script engine), so hostile markup is inert here.
import { parseHTML } from 'linkedom';
import { walkDom } from './walk-dom.js';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly firstChild: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  remove(): void;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement;
  readonly head: DomElement;
  readonly title: string;
  querySelectorAll(selector: string): Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;

/**
 * linkedom keeps a fragment as it is (no implied <html>/<head>/<body>), and its `body` getter
 * then grafts a body inside the fragment's first element; wrapping gives every page a sane root.
 */
function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  if (/<body[\s>]/i.test(html)) return `<html>${html}</html>`;
  return `<html><head></head><body>${html}</body></html>`;
}

/** The page's base for relative links: `<base href>` resolved against the page uri, else the uri. */
function baseFor(doc: DomDocument, uri: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return uri;
  try {
    return new URL(href, uri).href;
  } catch {
    return uri;
  }
}

/**
 * Server-rendered pages put `<!-- -->` between adjacent text runs ("Page <!-- -->A<!-- -->22");
 * Readability treats a comment as a break and would split the sentence into paragraphs.
 */
function removeComments(doc: DomDocument): void {
  const comments: DomNode[] = [];
  walkDom(doc, {
    enter: (node) => {
      if (node.nodeType === COMMENT_NODE) comments.push(node);
      return node.nodeType === ELEMENT_NODE;
    },
  });
  for (const c of comments) c.remove();
}

/**
 * Parses a page, without its comments. `documentURI`/`baseURI` are set from `uri` because linkedom leaves them empty
 * and Readability resolves links against them.
 */
export function parseDocument(html: string, uri: string): DomDocument {
  const doc = (parseHTML(wrapFragment(html)) as unknown as { document: DomDocument }).document;
  Object.defineProperty(doc, 'documentURI', { value: uri });
  Object.defineProperty(doc, 'baseURI', { value: baseFor(doc, uri) });
  removeComments(doc);
  return doc;
}
