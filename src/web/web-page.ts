// Page helpers shared by the browser tests and the web bench: open a view by its hash route and
// wait until it has rendered with its data (the app's `entente:<view>:rendered` mark), then read
// the first-paint time (navigation start → that mark).
import type { Page } from 'playwright-core';

/** A fresh page load of the route (not a same-document hash change), so the time is a first paint. */
export async function openView(page: Page, url: string, hash: string, view: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}${hash}`);
  return waitForView(page, view);
}

/** Forgets earlier renders, before an in-page action whose view is then awaited. */
export async function resetPaints(page: Page): Promise<void> {
  await page.evaluate(() => { (globalThis as unknown as { __entente: { paints: unknown[] } }).__entente.paints.length = 0; });
}

/** Waits for the view's rendered mark and returns its time since navigation start, in ms. */
export async function waitForView(page: Page, view: string): Promise<number> {
  const handle = await page.waitForFunction((v) => {
    const paints = (globalThis as unknown as { __entente?: { paints: { view: string; ms: number }[] } }).__entente?.paints ?? [];
    const hit = paints.find((p) => p.view === v || p.view === `${v}:error`);
    return hit ? hit : null;
  }, view, { timeout: 30_000 });
  const hit = await handle.jsonValue() as { view: string; ms: number };
  if (hit.view !== view) {
    const message = await page.locator('#app .error').first().textContent().catch(() => null);
    throw new Error(`view ${view} failed to render: ${message ?? 'no message'}`);
  }
  return hit.ms;
}

export interface EdgeOnScreen { source: string; target: string; x: number; y: number; length: number }

export interface NodeOnScreen { id: string; x: number; y: number }

export async function networkOnScreen(page: Page): Promise<{ nodes: NodeOnScreen[]; edges: EdgeOnScreen[] }> {
  return page.evaluate(() => {
    const net = (globalThis as unknown as { __entente: { network?: { nodes(): NodeOnScreen[]; edges(): EdgeOnScreen[] } } }).__entente.network;
    return { nodes: net?.nodes() ?? [], edges: net?.edges() ?? [] };
  });
}

/**
 * Hovers around an edge's midpoint until sigma reports that edge (or its reverse, drawn on the
 * same line) under the pointer, and returns that point: sigma picks edges from a downsized
 * buffer, so the exact midpoint can fall a pixel or two beside a thin line.
 */
export async function findEdgePoint(page: Page, edge: EdgeOnScreen): Promise<{ x: number; y: number } | null> {
  const wanted = [`${edge.source}>${edge.target}`, `${edge.target}>${edge.source}`];
  for (let r = 0; r <= 8; r += 2) {
    for (let dx = -r; dx <= r; dx += 2) {
      for (let dy = -r; dy <= r; dy += 2) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        const p = { x: edge.x + dx, y: edge.y + dy };
        await page.mouse.move(p.x, p.y);
        const hovered = await page.getAttribute('.network', 'data-hovered-edge');
        if (hovered && wanted.includes(hovered)) return p;
      }
    }
  }
  return null;
}

/** The edge whose midpoint lies furthest from every node: a click there hits the edge, not a node. */
export function clickableEdge(nodes: readonly NodeOnScreen[], edges: readonly EdgeOnScreen[]): EdgeOnScreen | null {
  let best: EdgeOnScreen | null = null;
  let bestGap = -1;
  for (const e of edges) {
    const gap = Math.min(...nodes.map((n) => Math.hypot(n.x - e.x, n.y - e.y)));
    if (gap > bestGap) { best = e; bestGap = gap; }
  }
  return best;
}
