// Actor network (sigma, WebGL): filters in the route's query; clicking an edge lists its
// events, each linking to its document. A test hook lists edges with their screen positions.
import Sigma from 'sigma';
import { api, type EventRow, type ListPage, type Network } from '../api.js';
import { h, routeLink } from '../dom.js';
import { eventFilterForm, filtersOf } from '../event-filters.js';
import { eventTable } from '../event-list.js';
import { onLeave } from '../lifecycle.js';
import { networkGraph } from '../network-graph.js';
import { hooks } from '../paint.js';
import type { Route } from '../router.js';

export async function renderNetwork(root: HTMLElement, route: Route): Promise<void> {
  const filters = filtersOf(route);
  const minEvents = route.query.get('minEvents') ?? undefined;
  const net = await api<Network>('/network', { ...filters, minEvents, limit: route.query.get('limit') ?? 500 });
  const container = h('div', { class: 'network', id: 'network-canvas' });
  const panel = h('aside', { class: 'edge-panel' }, h('p', { class: 'hint' }, 'Click an edge to list its events; click a node to list its events.'));
  root.append(h('h1', {}, 'Actor network'), eventFilterForm(route),
    h('p', { class: 'legend' }, `${net.nodes.length} actors, ${net.edges.length} directed pairs. Node size: events; edge colour: mean Goldstein, red (conflict) to green (cooperation).`),
    h('div', { class: 'network-wrap' }, container, panel));
  if (net.nodes.length === 0) {
    container.append(h('p', { class: 'empty' }, 'No events match these filters.'));
    return;
  }
  // The route may have changed while the data loaded: a detached view gets no renderer.
  if (!root.isConnected) return;
  const graph = networkGraph(net);
  const renderer = new Sigma(graph, container, {
    enableEdgeEvents: true, defaultEdgeType: 'arrow', renderEdgeLabels: false, labelRenderedSizeThreshold: 6,
    allowInvalidContainer: true,
  });
  onLeave(() => { renderer.kill(); delete hooks().network; });

  const showEvents = async (title: string, query: Record<string, string>): Promise<void> => {
    panel.replaceChildren(h('h2', {}, title), h('p', { class: 'loading' }, 'Loading events…'));
    const page = await api<ListPage<EventRow>>('/events', { ...filters, ...query, limit: 100 });
    panel.replaceChildren(h('h2', {}, title), eventTable(page.items));
    panel.dataset['loaded'] = `${query['sourceCode'] ?? ''}>${query['targetCode'] ?? query['actor'] ?? ''}`;
  };
  renderer.on('clickEdge', ({ edge }) => {
    const [s, t] = graph.extremities(edge);
    const a = graph.getEdgeAttributes(edge);
    // Exact codes: `source=RUS` would also match RUSGOV, which is another node. Edges count
    // asserted events unless a modality is chosen, and so does their list.
    void showEvents(a.label, { sourceCode: s, targetCode: t, modality: filters['modality'] ?? 'asserted' }).then(() => {
      panel.insertBefore(h('p', {}, routeLink(['dyad', s, t], `Timeline of ${s} → ${t}`)), panel.children[1] ?? null);
    });
  });
  renderer.on('clickNode', ({ node }) => void showEvents(`${graph.getNodeAttribute(node, 'label')}: events`, { actor: node }));
  renderer.on('enterEdge', ({ edge }) => {
    container.classList.add('pointer');
    container.dataset['hoveredEdge'] = graph.extremities(edge).join('>');
  });
  renderer.on('leaveEdge', () => {
    container.classList.remove('pointer');
    delete container.dataset['hoveredEdge'];
  });

  hooks().network = {
    nodes: () => {
      const box = container.getBoundingClientRect();
      return graph.mapNodes((id, a) => {
        const p = renderer.graphToViewport({ x: a.x, y: a.y });
        return { id, x: box.left + p.x, y: box.top + p.y };
      });
    },
    edges: () => {
      const box = container.getBoundingClientRect();
      return graph.mapEdges((_e, _a, s, t, sa, ta) => {
        const ps = renderer.graphToViewport({ x: sa.x, y: sa.y });
        const pt = renderer.graphToViewport({ x: ta.x, y: ta.y });
        return {
          source: s, target: t,
          x: box.left + (ps.x + pt.x) / 2, y: box.top + (ps.y + pt.y) / 2,
          length: Math.hypot(pt.x - ps.x, pt.y - ps.y),
        };
      });
    },
  };
  // Rendered with data once sigma has drawn its first frame.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}
