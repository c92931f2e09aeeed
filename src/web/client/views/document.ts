// Document reader: the cleaned text with actors, events, quotes, techniques, narratives,
// stance and date evidence highlighted from their spans and explained on hover (title) and
// click (the panel); provenance, content date, recycled flag, removed boilerplate and
// near-duplicates beside it. `?event=N` opens with that event focused.
import { api, type ArticleDetail } from '../api.js';
import { ANN_KINDS, annotations, type Annotation } from '../annotations.js';
import { fmt1, h, routeLink, safeHref } from '../dom.js';
import { focusAnnotation, highlightText } from '../highlight.js';
import type { Route } from '../router.js';
import { docFacts } from './document-facts.js';

function explain(panel: HTMLElement, anns: readonly Annotation[]): void {
  const seen = new Set<string>();
  panel.replaceChildren(h('h2', {}, 'Explanation'));
  for (const a of anns) {
    if (seen.has(a.id + a.label)) continue;
    seen.add(a.id + a.label);
    panel.append(h('div', { class: `explain k-${a.kind}` }, h('strong', {}, a.label), ...a.detail.map((d) => h('div', {}, d))));
  }
}

export async function renderDocument(root: HTMLElement, route: Route): Promise<void> {
  const id = route.parts[1] ?? '';
  const { analysis: a, sources, duplicates } = await api<ArticleDetail>(`/articles/${encodeURIComponent(id)}`);
  const anns = annotations(a);
  const { root: textEl, covering } = highlightText(a.text, anns);
  const panel = h('aside', { class: 'explain-panel' }, h('p', { class: 'hint' }, 'Hover a highlight for its meaning; click it for details.'));
  const focus = (annId: string): void => {
    const el = focusAnnotation(textEl, annId);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    explain(panel, (covering.get(el) ?? []).filter((x) => x.id === annId));
  };
  textEl.addEventListener('click', (e) => {
    const el = (e.target as Element).closest('.ann');
    if (el) explain(panel, covering.get(el) ?? []);
  });

  const toggles = h('div', { class: 'layers' }, 'Show: ');
  const body = h('div', { class: `doc-body ${ANN_KINDS.map((k) => `show-${k}`).join(' ')}` }, textEl);
  for (const kind of ANN_KINDS) {
    const count = new Set(anns.filter((x) => x.kind === kind).map((x) => x.id)).size;
    const box = h('input', { type: 'checkbox', name: kind });
    box.checked = true;
    box.addEventListener('change', () => body.classList.toggle(`show-${kind}`, box.checked));
    toggles.append(h('label', { class: `toggle k-${kind}` }, box, ` ${kind} (${count})`), ' ');
  }

  const recycled = a.recycled == null ? 'unknown' : a.recycled ? 'yes — the content is older than the page' : 'no';
  const dateLine = h('p', { class: 'content-date' }, 'Content date: ',
    a.contentDate ? `${a.contentDate.from} – ${a.contentDate.to}` : 'unknown', ' · Recycled: ', h('strong', { class: 'recycled' }, recycled));
  a.contentDate?.evidence.forEach((ev, i) => {
    dateLine.append(' · ', h('a', { href: '#', class: 'evidence', onclick: (e) => { e.preventDefault(); focus(`date-${i}`); } }, `evidence ${i + 1}: ${ev.reason}`));
  });

  const src = safeHref(a.uri);
  root.append(
    h('h1', { class: 'doc-title' }, a.title ?? '(untitled)'),
    h('p', { class: 'meta' }, [a.site, a.published, a.author, a.category, a.language].filter(Boolean).join(' · '),
      ' · ', src ? h('a', { href: src, class: 'doc-uri' }, a.uri) : h('span', { class: 'doc-uri' }, a.uri),
      ` · tone ${fmt1(a.tone)}`),
    dateLine, toggles,
    h('div', { class: 'reader' }, body, panel),
    docFacts(a, sources, duplicates, focus));
  const event = route.query.get('event');
  if (event != null) focus(`event-${event}`);
  if (id !== a.id) root.append(h('p', {}, 'Shown as ', routeLink(['doc', a.id], a.id)));
}
