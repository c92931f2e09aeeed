// The actor network: who does what to whom, as nodes (actors by code) and directed edges
// weighted by event counts, split into cooperation (quad classes 1–2) and conflict (3–4), with
// Goldstein sums. Built in one pass over a stream, so its size is the number of dyads, not events.
import type { EventRow } from '../store/store.js';

export interface NetworkNode { id: string; country: string; events: number }
export interface NetworkEdge { source: string; target: string; events: number; cooperation: number; conflict: number; goldstein: number }
export interface ActorNetwork { nodes: NetworkNode[]; edges: NetworkEdge[] }

export async function actorNetwork(events: AsyncIterable<EventRow>): Promise<ActorNetwork> {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (code: string, country: string): void => {
    const n = nodes.get(code) ?? { id: code, country, events: 0 };
    n.events += 1;
    nodes.set(code, n);
  };
  for await (const e of events) {
    if (!e.source || !e.target || e.modality !== 'asserted') continue;
    node(e.source.code, e.source.country);
    node(e.target.code, e.target.country);
    const key = `${e.source.code}\u0000${e.target.code}`;
    const edge = edges.get(key) ?? { source: e.source.code, target: e.target.code, events: 0, cooperation: 0, conflict: 0, goldstein: 0 };
    edge.events += 1;
    if (e.quadClass <= 2) edge.cooperation += 1; else edge.conflict += 1;
    edge.goldstein = Math.round((edge.goldstein + e.goldstein) * 100) / 100;
    edges.set(key, edge);
  }
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort(byId),
    edges: [...edges.values()].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1)),
  };
}
