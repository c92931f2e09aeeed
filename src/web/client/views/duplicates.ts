// Duplicates and recycling: verified pairs, both sides linking to their documents.
import { api, type DuplicateRow, type ListPage } from '../api.js';
import { h, routeLink } from '../dom.js';
import { pageParams, pager } from '../pager.js';
import { queryRecord, type Route } from '../router.js';

export async function renderDuplicates(root: HTMLElement, route: Route): Promise<void> {
  const page = await api<ListPage<DuplicateRow>>('/duplicates', { ...queryRecord(route.query, ['kind', 'document']), ...pageParams(route) });
  const body = h('tbody');
  for (const d of page.items) {
    body.append(h('tr', {}, h('td', {}, routeLink(['doc', d.documentId], d.documentId)), h('td', {}, routeLink(['doc', d.otherId], d.otherId)),
      h('td', {}, d.kind), h('td', {}, String(d.jaccard)), h('td', {}, String(d.containment))));
  }
  root.append(h('h1', {}, 'Duplicates'),
    page.items.length
      ? h('table', { class: 'duplicates' }, h('thead', {}, h('tr', {}, ...['Document', 'Other', 'Kind', 'Jaccard', 'Containment'].map((t) => h('th', {}, t)))), body)
      : h('p', { class: 'empty' }, 'No duplicates recorded.'),
    pager(route, page));
}
