// Highlighted text from offsets, built with DOM nodes: the text is cut at every annotation
// boundary and each piece becomes a text node, wrapped in a <span> naming the annotations that
// cover it when there are any. Overlapping and nested spans need no tree: a piece simply
// carries every kind and id over it.
import type { Annotation } from './annotations.js';

export interface Highlighted {
  readonly root: HTMLElement;
  /** The annotations covering a piece of text, by the piece's element. */
  readonly covering: WeakMap<Element, readonly Annotation[]>;
}

export function highlightText(text: string, anns: readonly Annotation[]): Highlighted {
  const root = document.createElement('div');
  root.className = 'doc-text';
  const covering = new WeakMap<Element, readonly Annotation[]>();
  const cuts = new Set<number>([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const starts = [...anns].sort((x, y) => x.start - y.start);
  let next = 0;
  let active: Annotation[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < starts.length && starts[next]!.start <= from) active.push(starts[next++]!);
    active = active.filter((a) => a.end > from);
    const piece = document.createTextNode(text.slice(from, to));
    if (active.length === 0) { root.appendChild(piece); continue; }
    const span = document.createElement('span');
    const kinds = new Set(active.map((a) => `k-${a.kind}`));
    span.className = ['ann', ...kinds].join(' ');
    span.dataset['ids'] = [...new Set(active.map((a) => a.id))].join(' ');
    span.title = [...new Set(active.map((a) => a.label))].join('\n');
    span.appendChild(piece);
    covering.set(span, [...active]);
    root.appendChild(span);
  }
  return { root, covering };
}

/** Marks the pieces of one annotation (`event-3`) as focused and returns the first. */
export function focusAnnotation(root: HTMLElement, id: string): HTMLElement | null {
  for (const el of root.querySelectorAll('.ann.focus')) el.classList.remove('focus');
  let first: HTMLElement | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('.ann')) {
    if ((el.dataset['ids'] ?? '').split(' ').includes(id)) {
      el.classList.add('focus');
      first ??= el;
    }
  }
  return first;
}
