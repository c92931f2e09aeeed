// First paint per view: a performance mark when a view has rendered with its data, read by the
// browser tests and the web bench (time from navigation start, as the mark's startTime).
export interface PaintRecord { readonly view: string; readonly ms: number }

interface EntenteHooks {
  paints: PaintRecord[];
  network?: {
    nodes(): { id: string; x: number; y: number }[];
    edges(): { source: string; target: string; x: number; y: number; length: number }[];
  };
}

declare global {
  interface Window { __entente: EntenteHooks }
}

window.__entente = { paints: [] };

export function markRendered(view: string): void {
  const mark = performance.mark(`entente:${view}:rendered`);
  window.__entente.paints.push({ view, ms: mark.startTime });
  document.body.dataset['rendered'] = view;
}

export function hooks(): EntenteHooks {
  return window.__entente;
}
