// Paging links for a list (`limit`/`offset`), kept in the route's query.
import type { ListPage } from './api.js';
import { h, routeHref } from './dom.js';
import type { Route } from './router.js';

export function pageParams(route: Route, defaultLimit = 50): { limit: number; offset: number } {
  const limit = Math.min(500, Math.max(1, Number(route.query.get('limit')) || defaultLimit));
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  return { limit, offset };
}

export function pager(route: Route, page: ListPage<unknown>): HTMLElement {
  const at = (offset: number): string => {
    const q: Record<string, string> = {};
    route.query.forEach((v, k) => { q[k] = v; });
    q['offset'] = String(offset);
    return routeHref(route.parts, q);
  };
  const shown = `${page.offset + 1}–${page.offset + page.items.length}${page.total != null ? ` of ${page.total}` : ''}`;
  const more = page.total != null ? page.offset + page.items.length < page.total : page.items.length === page.limit;
  return h('nav', { class: 'pager' },
    page.offset > 0 ? h('a', { href: at(Math.max(0, page.offset - page.limit)) }, '← previous') : null,
    h('span', {}, page.items.length ? shown : ''),
    more ? h('a', { href: at(page.offset + page.limit) }, 'next →') : null);
}
