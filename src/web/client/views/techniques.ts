// Persuasion techniques found in the corpus, each linking to its articles.
import { api, type ArticleItem, type ListPage, type TechniqueItem } from '../api.js';
import { articleList, fromArticleItem } from '../article-list.js';
import { fmt, h, routeLink } from '../dom.js';
import { pageParams, pager } from '../pager.js';
import type { Route } from '../router.js';

export async function renderTechniques(root: HTMLElement, route: Route): Promise<void> {
  const name = route.parts[1];
  if (name) {
    const page = await api<ListPage<ArticleItem>>(`/techniques/${encodeURIComponent(name)}/articles`, pageParams(route));
    root.append(h('h1', {}, 'Technique: ', name), h('p', {}, routeLink(['techniques'], '← all techniques')),
      articleList(page.items.map(fromArticleItem)), pager(route, page));
    return;
  }
  const { items } = await api<{ items: TechniqueItem[] }>('/techniques');
  const list = h('ol', { class: 'techniques' });
  for (const t of items) {
    list.append(h('li', {}, routeLink(['techniques', t.technique], t.technique),
      h('span', { class: 'meta' }, ` ${fmt(t.flags)} flags in ${fmt(t.documents)} articles`)));
  }
  root.append(h('h1', {}, 'Techniques'), items.length ? list : h('p', { class: 'empty' }, 'No techniques flagged.'));
}
