// A table of events, each linking to the document behind it (the event highlighted there) and
// to the dyad's timeline. Every value is inserted as text.
import type { EventRow } from './api.js';
import { fmt1, h, routeLink } from './dom.js';
import { goldsteinColour } from './goldstein-colour.js';

const actor = (a: EventRow['source']): string => (a ? a.code || a.id : '—');

export function eventTable(rows: readonly EventRow[]): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No events.');
  const body = h('tbody');
  for (const e of rows) {
    const dyad = e.source && e.target ? routeLink(['dyad', actor(e.source), actor(e.target)], '↗', {}, 'dyad-link') : null;
    body.append(h('tr', { class: 'event-row', data: { doc: e.documentId, idx: String(e.idx) } },
      h('td', {}, e.day),
      h('td', {}, actor(e.source), ' → ', actor(e.target), ' ', dyad),
      h('td', { title: e.plover ? `PLOVER ${e.plover.type}${e.plover.mode ? ` / ${e.plover.mode}` : ''}` : '' }, e.cameo),
      h('td', {}, h('span', { class: 'gold' }, fmt1(e.goldstein))),
      h('td', {}, e.modality === 'asserted' ? '' : e.modality),
      h('td', { class: 'event-text' }, routeLink(['doc', e.documentId], e.text, { event: String(e.idx) }, 'event-doc-link')),
      h('td', {}, e.site ?? ''),
    ));
    const g = body.lastElementChild?.querySelector<HTMLElement>('.gold');
    if (g) g.style.color = goldsteinColour(e.goldstein);
  }
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, ...['Day', 'Source → target', 'CAMEO', 'Goldstein', 'Modality', 'Text (opens the document)', 'Site'].map((t) => h('th', {}, t)))),
    body);
}
