// The event table under the filters, each event linking to its document.
import { api, apiUrl, type EventRow, type ListPage } from '../api.js';
import { h } from '../dom.js';
import { eventFilterForm, filtersOf } from '../event-filters.js';
import { eventTable } from '../event-list.js';
import { pageParams, pager } from '../pager.js';
import type { Route } from '../router.js';

const EXPORTS = ['csv', 'jsonl', 'plover', 'gexf', 'graphml'];

export async function renderEvents(root: HTMLElement, route: Route): Promise<void> {
  const filters = filtersOf(route);
  const page = await api<ListPage<EventRow>>('/events', { ...filters, ...pageParams(route) });
  const exports = h('p', { class: 'exports' }, 'Export these events: ');
  for (const f of EXPORTS) exports.append(h('a', { href: new URL(apiUrl(`/export/${f}`, filters), location.href).href }, f), ' ');
  root.append(h('h1', {}, 'Events'), eventFilterForm(route), eventTable(page.items), pager(route, page), exports);
}
