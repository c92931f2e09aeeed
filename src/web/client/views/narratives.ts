// Narratives found in the corpus, each linking to its articles.
import { api, type ArticleItem, type ListPage, type NarrativeItem } from '../api.js';
import { articleList, fromArticleItem } from '../article-list.js';
import { fmt, fmt1, h, routeLink } from '../dom.js';
import { pageParams, pager } from '../pager.js';
import type { Route } from '../router.js';

export async function renderNarratives(root: HTMLElement, route: Route): Promise<void> {
  const id = route.parts[1];
  if (id) {
    const page = await api<ListPage<ArticleItem>>(`/narratives/${encodeURIComponent(id)}/articles`, pageParams(route));
    root.append(h('h1', {}, 'Narrative: ', id), h('p', {}, routeLink(['narratives'], '← all narratives')),
      articleList(page.items.map(fromArticleItem)), pager(route, page));
    return;
  }
  const { items } = await api<{ items: NarrativeItem[] }>('/narratives');
  const list = h('ol', { class: 'narratives' });
  for (const n of items) {
    list.append(h('li', {}, routeLink(['narratives', n.id], n.name || n.id),
      h('span', { class: 'meta' }, ` ${n.id} · ${fmt(n.documents)} articles · mean score ${fmt1(n.meanScore)}`)));
  }
  root.append(h('h1', {}, 'Narratives'), items.length ? list : h('p', { class: 'empty' }, 'No narratives found.'));
}
