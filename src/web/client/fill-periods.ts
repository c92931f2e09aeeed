// The API lists only the periods that have events; a timeline needs the empty ones too, so
// gaps show as zero bars instead of neighbouring bars. Periods are first days (YYYY-MM-DD).
import type { DyadPoint } from './api.js';

const MAX_PERIODS = 1000;

function nextPeriod(day: string, interval: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 1);
  else d.setUTCDate(d.getUTCDate() + (interval === 'week' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

export function fillPeriods(points: readonly DyadPoint[], interval: string): DyadPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || !/^\d{4}-\d{2}-\d{2}$/.test(first.period)) return [...points];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const out: DyadPoint[] = [];
  for (let p = first.period; p <= last.period; p = nextPeriod(p, interval)) {
    out.push(byPeriod.get(p) ?? { period: p, events: 0, goldstein: 0 });
    // Periods that do not fall on the expected grid (another week start): keep the API's list.
    if (out.length > MAX_PERIODS) return [...points];
  }
  return out.length >= points.length && points.every((p) => out.includes(p)) ? out : [...points];
}
