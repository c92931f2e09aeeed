// A list of articles (or of search hits, narrative/technique members), each linking to the
// document reader. Titles are hostile input: text nodes only.
import type { ArticleItem } from './api.js';
import { h, markedSnippet, routeLink } from './dom.js';

export interface ArticleLike {
  readonly id: string;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly site?: string | null;
  readonly day?: string;
  readonly snippet?: string;
  readonly recycled?: boolean | null;
  readonly extra?: string;
}

export function articleList(items: readonly ArticleLike[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'empty' }, 'No articles.');
  const list = h('ol', { class: 'articles' });
  for (const a of items) {
    list.append(h('li', { class: 'article-item' },
      routeLink(['doc', a.id], a.title || a.id, {}, 'article-title'),
      h('span', { class: 'meta' }, [a.site, a.published ?? a.day, a.recycled ? 'recycled' : null, a.extra].filter(Boolean).join(' · ')),
      a.snippet != null ? h('div', {}, markedSnippet(a.snippet)) : null));
  }
  return list;
}

export const fromArticleItem = (a: ArticleItem): ArticleLike => ({ ...a, extra: `${a.wordCount} words, tone ${Math.round(a.tone * 10) / 10}` });
