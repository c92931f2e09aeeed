// Articles, filtered by site and date range, each linking to the reader.
import { api, type ArticleItem, type ListPage } from '../api.js';
import { articleList, fromArticleItem } from '../article-list.js';
import { h } from '../dom.js';
import { pageParams, pager } from '../pager.js';
import { queryRecord, type Route } from '../router.js';

export async function renderArticles(root: HTMLElement, route: Route): Promise<void> {
  const filter = queryRecord(route.query, ['site', 'from', 'to']);
  const page = await api<ListPage<ArticleItem>>('/articles', { ...filter, ...pageParams(route) });
  const what = Object.entries(filter).map(([k, v]) => `${k} ${v}`).join(', ');
  root.append(h('h1', {}, 'Articles', what ? ` (${what})` : ''), articleList(page.items.map(fromArticleItem)), pager(route, page));
}
