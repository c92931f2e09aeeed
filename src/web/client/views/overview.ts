// Overview: corpus size, sources, date range, most active actors and dyads, attention over time.
import { api, type Overview } from '../api.js';
import { fmt, fmt1, h, routeHref, routeLink } from '../dom.js';
import { goldsteinColour } from '../goldstein-colour.js';
import type { Route } from '../router.js';
import { barLineChart } from '../svg-chart.js';

const stat = (label: string, value: string): HTMLElement =>
  h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label));

/** The last day of a period starting at `period` (a month `YYYY-MM-01` or a day). */
function periodEnd(period: string, monthly: boolean): string {
  if (!monthly) return period;
  const d = new Date(`${period.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

export async function renderOverview(root: HTMLElement, _route: Route): Promise<void> {
  const o = await api<Overview>('/overview');
  const range = o.dateRange ? `${o.dateRange.from} – ${o.dateRange.to}` : 'no dates';
  root.append(h('h1', {}, 'Corpus overview'),
    h('div', { class: 'stats' },
      stat('articles', fmt(o.documents)), stat('sources', fmt(o.sources)), stat('events', fmt(o.events)),
      stat('actors', fmt(o.actors)), stat('date range', range)));

  // The API gives months, or days when the range is under 60 days.
  const spanDays = o.dateRange ? (Date.parse(o.dateRange.to) - Date.parse(o.dateRange.from)) / 86_400_000 : 0;
  const monthly = o.attention.some((p) => p.period.length === 7) || spanDays >= 60;
  root.append(h('h2', {}, 'Attention over time'),
    o.attention.length
      ? barLineChart(o.attention.map((p) => ({
        label: p.period, bar: p.documents,
        href: routeHref(['articles'], { from: p.period.length === 7 ? `${p.period}-01` : p.period, to: periodEnd(p.period, monthly) }),
      })), { barLabel: 'articles' })
      : h('p', { class: 'empty' }, 'No dated articles.'));

  const actors = h('ol', { class: 'top-actors' });
  for (const a of o.topActors) {
    actors.append(h('li', {},
      routeLink(['events'], a.name, { actor: a.code || a.id }),
      h('span', { class: 'meta' }, ` ${a.code} · ${a.kind} · ${fmt(a.documents)} articles, ${fmt(a.mentions)} mentions`)));
  }
  const dyads = h('ol', { class: 'top-dyads' });
  for (const d of o.topDyads) {
    const g = h('span', { class: 'gold' }, ` Goldstein ${fmt1(d.goldstein)}`);
    g.style.color = goldsteinColour(d.events ? d.goldstein / d.events : 0);
    dyads.append(h('li', {}, routeLink(['dyad', d.source, d.target], `${d.source} → ${d.target}`),
      h('span', { class: 'meta' }, ` ${fmt(d.events)} events`), g));
  }
  const sites = h('ul', { class: 'sites' });
  for (const s of o.sites) {
    sites.append(h('li', {}, s.site ? routeLink(['articles'], s.site, { site: s.site }) : '(no site)',
      h('span', { class: 'meta' }, ` ${fmt(s.documents)} articles`)));
  }
  root.append(h('div', { class: 'columns' },
    h('div', {}, h('h2', {}, 'Most active actors'), o.topActors.length ? actors : h('p', { class: 'empty' }, 'None.')),
    h('div', {}, h('h2', {}, 'Most active dyads'), o.topDyads.length ? dyads : h('p', { class: 'empty' }, 'None.')),
    h('div', {}, h('h2', {}, 'Sources'), sites)));
}
