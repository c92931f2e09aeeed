// The event filter form (date range, CAMEO root/code, quad class, site, modality, actors),
// kept in the route's query so a filtered view is a link.
import { h, routeHref } from './dom.js';
import { queryRecord, type Route } from './router.js';

export const FILTER_KEYS = ['actor', 'source', 'target', 'code', 'quad', 'from', 'to', 'site', 'modality'] as const;

export const filtersOf = (route: Route): Record<string, string> => queryRecord(route.query, FILTER_KEYS);

const QUADS: [string, string][] = [['', 'any quad class'], ['1', '1 verbal cooperation'], ['2', '2 material cooperation'], ['3', '3 verbal conflict'], ['4', '4 material conflict']];
const MODALITIES = ['', 'asserted', 'negated', 'hypothetical', 'future', 'attempted'];

function input(name: string, label: string, value: string | undefined, type = 'text', placeholder = ''): HTMLElement {
  return h('label', {}, label, ' ', h('input', { name, type, value: value ?? '', placeholder }));
}

function select(name: string, options: readonly [string, string][], value: string | undefined): HTMLElement {
  const s = h('select', { name });
  for (const [v, label] of options) {
    const o = h('option', { value: v }, label);
    if (v === (value ?? '')) o.selected = true;
    s.append(o);
  }
  return s;
}

export function eventFilterForm(route: Route, keep: Record<string, string> = {}): HTMLFormElement {
  const f = filtersOf(route);
  const form = h('form', { class: 'filters' },
    input('from', 'From', f['from'], 'date'),
    input('to', 'to', f['to'], 'date'),
    input('code', 'CAMEO', f['code'], 'text', 'e.g. 19 or 0841'),
    select('quad', QUADS, f['quad']),
    input('site', 'Site', f['site']),
    select('modality', MODALITIES.map((m) => [m, m || 'modality: default']), f['modality']),
    input('actor', 'Actor', f['actor'], 'text', 'code, e.g. RUS'),
    h('button', { type: 'submit' }, 'Apply'),
    h('a', { href: routeHref(route.parts, keep) }, 'reset'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q: Record<string, string> = { ...keep };
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q[k] = v.trim();
    location.hash = routeHref(route.parts, q);
  });
  return form;
}
