// Dyad timeline: events per period (bars) and Goldstein sums (line) for a source → target
// pair, with the events listed below.
import { api, type DyadSeries, type EventRow, type ListPage } from '../api.js';
import { fmt1, h, routeHref, routeLink } from '../dom.js';
import { eventTable } from '../event-list.js';
import { fillPeriods } from '../fill-periods.js';
import { pageParams, pager } from '../pager.js';
import type { Route } from '../router.js';
import { barLineChart } from '../svg-chart.js';

const INTERVALS = ['day', 'week', 'month'] as const;

function pairForm(source: string, target: string): HTMLFormElement {
  const form = h('form', { class: 'filters' },
    h('label', {}, 'Source ', h('input', { name: 'source', value: source, placeholder: 'e.g. RUS' })),
    h('label', {}, 'Target ', h('input', { name: 'target', value: target, placeholder: 'e.g. UKR' })),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = new FormData(form);
    location.hash = routeHref(['dyad', String(d.get('source') ?? '').trim(), String(d.get('target') ?? '').trim()]);
  });
  return form;
}

export async function renderDyad(root: HTMLElement, route: Route): Promise<void> {
  const [, source = '', target = ''] = route.parts;
  root.append(h('h1', {}, 'Dyad timeline', source && target ? `: ${source} → ${target}` : ''), pairForm(source, target));
  if (!source || !target) return;
  const q = route.query;
  const interval = INTERVALS.find((i) => i === q.get('interval')) ?? 'month';
  const range = { from: q.get('from') ?? undefined, to: q.get('to') ?? undefined };
  const [series, events] = await Promise.all([
    api<DyadSeries>(`/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}`, { interval, ...range }),
    api<ListPage<EventRow>>('/events', { source, target, ...range, ...pageParams(route) }),
  ]);
  const switcher = h('p', { class: 'intervals' }, 'Per ');
  for (const i of INTERVALS) {
    switcher.append(i === interval ? h('strong', {}, i) : routeLink(route.parts, i, { interval: i, from: range.from, to: range.to }), ' ');
  }
  switcher.append(' · ', routeLink(['dyad', target, source], `reverse: ${target} → ${source}`));
  const total = series.points.reduce((n, p) => n + p.events, 0);
  const sum = series.points.reduce((n, p) => n + p.goldstein, 0);
  root.append(switcher,
    h('p', { class: 'legend' }, `${total} asserted events, Goldstein sum ${fmt1(sum)}. Bars: events per ${interval}; line: Goldstein sum.`),
    series.points.length
      ? barLineChart(fillPeriods(series.points, interval).map((p) => ({ label: p.period, bar: p.events, line: p.goldstein })), { barLabel: 'events', lineLabel: 'Goldstein sum', height: 220 })
      : h('p', { class: 'empty' }, 'No asserted events for this pair.'),
    h('h2', {}, 'Events'), eventTable(events.items), pager(route, events));
}
