// The lists under the reader: each fact links to its span in the text; sources, removed
// boilerplate, diagnostics and near-duplicates (linked to their documents).
import type { Analysis, ArticleDetail } from '../api.js';
import { fmt1, h, routeLink, safeHref, type Child } from '../dom.js';

const ref = (a: { code: string; id: string } | null): string => (a ? a.code || a.id : '—');

function section(title: string, items: readonly Child[][], cls: string): HTMLElement {
  const list = h('ul', { class: cls });
  for (const item of items) list.append(h('li', {}, ...item));
  return h('details', { class: 'facts' }, h('summary', {}, `${title} (${items.length})`), items.length ? list : h('p', { class: 'empty' }, 'None.'));
}

export function docFacts(a: Analysis, sources: ArticleDetail['sources'], duplicates: ArticleDetail['duplicates'], focus: (id: string) => void): HTMLElement {
  const jump = (id: string, label: string): HTMLElement =>
    h('a', { href: '#', class: 'jump', data: { ann: id }, onclick: (e) => { e.preventDefault(); focus(id); } }, label);
  const out = h('div', { class: 'doc-facts' });
  out.append(
    section('Events', a.events.map((e, i) => [jump(`event-${i}`, `${ref(e.source)} → ${ref(e.target)} ${e.cameo}`),
      ` ${e.modality}, Goldstein ${e.goldstein}: “${e.text}”`]), 'event-facts'),
    section('Actors', a.actors.map((x) => [jump(`actor-${x.id}`, x.name), ` ${x.code} · ${x.kind} · ${x.mentions.length} mentions`]), 'actor-facts'),
    section('Quotes', a.quotes.map((q, i) => [jump(`quote-${i}`, q.speakerText ?? ref(q.speaker)), `: “${q.text}”`]), 'quote-facts'),
    section('Techniques', a.techniques.map((t, i) => [jump(`technique-${i}`, t.technique), ` (${t.confidence}): “${t.text}”`]), 'technique-facts'),
    section('Narratives', a.narratives.map((n, i) => [n.evidence.length ? jump(`narrative-${i}`, n.label) : n.label, ` score ${fmt1(n.score)}`]), 'narrative-facts'),
    section('Stance', a.stance.map((s, i) => [s.evidence.length ? jump(`stance-${i}`, s.actor) : s.actor, ` ${fmt1(s.score)}`]), 'stance-facts'),
    section('Sources', sources.map((s) => {
      const href = safeHref(s.uri);
      return [href ? h('a', { href }, s.uri) : s.uri, s.published ? ` (page date ${s.published})` : ''];
    }), 'source-facts'),
    section('Near-duplicates', duplicates.map((d) => {
      const other = d.documentId === a.id ? d.otherId : d.documentId;
      return [routeLink(['doc', other], other, {}, 'duplicate-link'), ` ${d.kind}, Jaccard ${d.jaccard}, containment ${d.containment}`];
    }), 'duplicate-facts'),
    section('Removed boilerplate', a.removed.map((r) => [r.reason, ` — characters ${r.start}–${r.end} of the ${r.in === 'extracted' ? 'extracted main text' : 'original input'}`]), 'removed-facts'),
    section('Diagnostics', a.diagnostics.map((d) => [`${d.severity} ${d.ruleId}: ${d.reason}`]), 'diagnostic-facts'),
  );
  if (a.citedSources.length) out.append(section('Cited sources', a.citedSources.map((c) => [c]), 'cited-facts'));
  return out;
}
