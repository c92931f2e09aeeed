// Full-text search with snippets (matches marked with <mark> built from `[`…`]`).
import { api, type ListPage, type SearchHit } from '../api.js';
import { articleList } from '../article-list.js';
import { h, routeHref } from '../dom.js';
import { pageParams, pager } from '../pager.js';
import type { Route } from '../router.js';

export async function renderSearch(root: HTMLElement, route: Route): Promise<void> {
  const q = route.query.get('q') ?? '';
  const box = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words or "a phrase"' });
  const form = h('form', { class: 'search-form' }, box, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = routeHref(['search'], { q: box.value.trim() });
  });
  root.append(h('h1', {}, 'Search'), form);
  if (!q.trim()) return;
  const page = await api<ListPage<SearchHit>>('/search', { q, ...pageParams(route, 20) });
  root.append(h('p', { class: 'meta' }, page.total != null ? `${page.total} articles` : `${page.items.length} shown`),
    articleList(page.items), pager(route, page));
}
