// The actor network as a graphology graph laid out by ForceAtlas2: nodes sized by events,
// edges (directed source → target) coloured by mean Goldstein and sized by events.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Network } from './api.js';
import { goldsteinColour } from './goldstein-colour.js';

export interface EdgeAttrs { size: number; color: string; events: number; goldstein: number; meanGoldstein: number; label: string }
export interface NodeAttrs { x: number; y: number; size: number; label: string; color: string; events: number; kind: string | null; country: string }

const KIND_COLOURS: Record<string, string> = {
  state: '#4e79a7', igo: '#f28e2b', bloc: '#f28e2b', person: '#76b7b2', organisation: '#59a14f', media: '#b07aa1',
  'armed-group': '#e15759', region: '#9c755f', group: '#bab0ac',
};

export function networkGraph(net: Network): Graph<NodeAttrs, EdgeAttrs> {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: false, allowSelfLoops: true });
  const maxEvents = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  net.nodes.forEach((n, i) => {
    // A circle as the starting layout: deterministic, so the same data gives the same picture.
    const angle = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
    graph.addNode(n.id, {
      x: Math.cos(angle) * 100, y: Math.sin(angle) * 100,
      size: 4 + 16 * Math.sqrt(n.events / maxEvents),
      label: n.label && n.label !== n.id ? `${n.label} (${n.id})` : n.id,
      color: (n.kind && KIND_COLOURS[n.kind]) || '#888', events: n.events, kind: n.kind, country: n.country,
    });
  });
  for (const e of net.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    graph.addDirectedEdge(e.source, e.target, {
      size: 2 + 6 * Math.sqrt(e.events / maxEdge), color: goldsteinColour(e.meanGoldstein),
      events: e.events, goldstein: e.goldstein, meanGoldstein: e.meanGoldstein,
      label: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${Math.round(e.meanGoldstein * 10) / 10}`,
    });
  }
  if (graph.order > 1) {
    // Iterations bounded by size: a few hundred milliseconds at the 500-node cap.
    const iterations = graph.order > 300 ? 60 : graph.order > 100 ? 120 : 200;
    // Strong gravity keeps unconnected groups of actors in view instead of drifting apart.
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 1, scalingRatio: 40 } });
  }
  return graph;
}
