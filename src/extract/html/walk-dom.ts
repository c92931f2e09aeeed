import type { DomNode } from './parse-document.js';

export interface DomVisitor {
  /** Called on every node in document order; return false to skip the node's subtree. */
  enter(node: DomNode, depth: number): boolean;
  /** Called after a node's subtree (only for nodes whose `enter` returned true). */
  exit?(node: DomNode, depth: number): void;
}

/** Visits `top` and its subtree, depth-first, with an explicit climb instead of recursion. */
function walkSubtree(top: DomNode, visitor: DomVisitor, topDepth: number): void {
  let node = top;
  let depth = topDepth;
  for (;;) {
    if (visitor.enter(node, depth)) {
      const child = node.firstChild;
      if (child) {
        node = child;
        depth++;
        continue;
      }
      visitor.exit?.(node, depth);
    }
    // Climb until a next sibling exists, closing each finished ancestor on the way.
    while (node !== top && !node.nextSibling) {
      const parent: DomNode | null = node.parentNode;
      if (!parent) return;
      node = parent;
      depth--;
      visitor.exit?.(node, depth);
    }
    if (node === top) return;
    node = node.nextSibling!;
  }
}

/**
 * Depth-first walk of `root`'s descendants without recursion: hostile pages nest tens of
 * thousands of elements deep, and a recursive walk would overflow the stack. The top level
 * goes by `childNodes` because linkedom gives a document's doctype no `nextSibling`.
 */
export function walkDom(root: DomNode, visitor: DomVisitor): void {
  for (const child of Array.from(root.childNodes)) walkSubtree(child, visitor, 1);
}

/** The deepest element nesting below `root`, stopping early once `limit` is passed. */
export function nestingDepth(root: DomNode, limit = Infinity): number {
  let max = 0;
  walkDom(root, {
    enter: (_node, depth) => {
      if (depth > max) max = depth;
      return max <= limit;
    },
  });
  return max;
}
