// Daily counts folded into weeks (starting Monday, ISO) or months, ICEWS-style; empty periods
// are left out rather than filled, so a sparse dyad stays small.
import type { DyadPoint, Interval } from './store.js';

export interface DayCount { readonly day: string; readonly events: number; readonly goldstein: number }

export function periodOf(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7; // days since Monday
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

export function foldSeries(days: readonly DayCount[], interval: Interval): DyadPoint[] {
  const out = new Map<string, { events: number; goldstein: number }>();
  for (const d of days) {
    const p = periodOf(d.day, interval);
    const cur = out.get(p) ?? { events: 0, goldstein: 0 };
    out.set(p, { events: cur.events + d.events, goldstein: cur.goldstein + d.goldstein });
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, v]) => ({ period, events: v.events, goldstein: Math.round(v.goldstein * 100) / 100 }));
}
