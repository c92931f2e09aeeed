import { basename } from 'node:path';
import type { Analysis } from '../model/analysis.js';
import type { GoldEvent, GoldReference } from './gold-reference.js';

// The metric of ../shared/tools/score.mjs, so every issue reports its numbers the same way:
// per-family check counts, and document-level event P/R over unique asserted
// (source country, target country, root) triples.

export type Scorable = Partial<Analysis> & { uri: string };

export interface FamilyTally { ok: number; all: number; misses: string[] }
export interface GoldScore {
  families: Record<string, FamilyTally>;
  events: { requiredHit: number; requiredAll: number; truePositive: number; systemAll: number; forbidden: number; misses: string[]; extras: string[]; forbiddenHits: string[] };
  precision: number;
  recall: number;
  f1: number;
  checksOk: number;
  checksAll: number;
}

export const norm = (s: unknown): string => String(s ?? '')
  .replace(/[\u2018\u2019\u201B]/g, "'").replace(/[\u201C\u201D\u201F]/g, '"')
  .replace(/\s+/g, ' ').trim().toLowerCase();

const tripleMatches = (g: GoldEvent, t: string): boolean => {
  const [s = '', o = '', r = ''] = t.split('|');
  return g.source.includes(s) && g.target.includes(o) && g.root.includes(r);
};

export function scoreGold(golds: readonly GoldReference[], analyses: readonly Scorable[]): GoldScore {
  const byFile = new Map(analyses.map((a) => [basename(a.uri), a]));
  const families: Record<string, FamilyTally> = {};
  const count = (family: string, ok: boolean, what: string, file: string) => {
    const t = (families[family] ??= { ok: 0, all: 0, misses: [] });
    t.all += 1;
    if (ok) t.ok += 1; else t.misses.push(`${file}: ${what}`);
  };
  const ev: GoldScore['events'] = { requiredHit: 0, requiredAll: 0, truePositive: 0, systemAll: 0, forbidden: 0, misses: [], extras: [], forbiddenHits: [] };

  for (const gold of golds) {
    const f = gold.file;
    const a = byFile.get(f);
    count('articles', !!a, 'no analysis', f);
    if (!a) continue;
    const m = gold.meta ?? {};
    if (m.title_startsWith !== undefined) count('meta', norm(a.title).startsWith(norm(m.title_startsWith)), `title ${JSON.stringify(a.title)}`, f);
    if (m.published !== undefined) count('meta', m.published === null ? a.published == null : String(a.published ?? '').startsWith(m.published), `published ${a.published}`, f);
    for (const k of ['category', 'views', 'site'] as const) if (m[k] !== undefined) count('meta', norm(a[k]) === norm(m[k]), `${k} ${a[k]}`, f);
    for (const s of m.citedSources ?? []) count('meta', (a.citedSources ?? []).some((c) => norm(c).includes(norm(s))), `citedSource ${s}`, f);

    const text = norm(a.text);
    for (const s of gold.text_mustNotContain ?? []) count('text', !text.includes(norm(s)), `kept boilerplate ${JSON.stringify(s)}`, f);
    for (const s of gold.text_mustContain ?? []) count('text', text.includes(norm(s)), `lost ${JSON.stringify(s.slice(0, 60))}`, f);
    if (gold.sentences_min) count('text', (a.sentences ?? []).length >= gold.sentences_min, `sentences ${(a.sentences ?? []).length} < ${gold.sentences_min}`, f);

    const actors = a.actors ?? [];
    const actorKeys = new Set(actors.flatMap((x) => [x.id, x.country, x.code]).filter(Boolean));
    for (const c of gold.actors_mustInclude ?? []) count('actors', actorKeys.has(c), `missing actor ${c}`, f);
    for (const p of gold.people ?? []) {
      count('actors', actors.some((x) => x.kind === 'person' && x.country === p.country && norm(x.name).includes(norm(p.surfaces[0]))), `person ${p.name}`, f);
    }

    const triples = new Set((a.events ?? []).filter((e) => e.modality === 'asserted')
      .map((e) => `${e.source?.country ?? ''}|${e.target?.country ?? ''}|${String(e.root ?? e.cameo ?? '').slice(0, 2)}`));
    for (const g of gold.events ?? []) {
      if (!g.required) continue;
      ev.requiredAll += 1;
      if ([...triples].some((t) => tripleMatches(g, t))) ev.requiredHit += 1;
      else ev.misses.push(`${f}: ${g.source.join(',')}->${g.target.join(',')} ${g.root.join(',')} (${g.note ?? ''})`);
    }
    for (const t of triples) {
      ev.systemAll += 1;
      if ((gold.events ?? []).some((g) => tripleMatches(g, t))) ev.truePositive += 1; else ev.extras.push(`${f}: ${t}`);
    }
    for (const g of gold.forbidden ?? []) {
      if ([...triples].some((t) => tripleMatches(g, t))) { ev.forbidden += 1; ev.forbiddenHits.push(`${f}: ${g.note ?? ''}`); }
    }

    for (const q of gold.quotes ?? []) {
      count('quotes', (a.quotes ?? []).some((x) => q.speaker.includes(x.speaker?.country ?? '') && norm(x.text).includes(norm(q.contains))), `quote ${q.speaker.join(',')} "${q.contains.slice(0, 40)}"`, f);
    }
    for (const t of gold.techniques ?? []) {
      count('techniques', (a.techniques ?? []).some((x) => x.technique === t.technique && (norm(x.text).includes(norm(t.contains)) || norm(t.contains).includes(norm(x.text)))), `technique ${t.technique} "${t.contains.slice(0, 40)}"`, f);
    }
    for (const s of gold.stance ?? []) {
      count('stance', (a.stance ?? []).some((x) => (x.actor === s.actor || x.country === s.actor) && (s.sign === 'negative' ? x.score < 0 : x.score > 0)), `stance ${s.actor} ${s.sign}`, f);
    }
    if (gold.contentDate) {
      const c = a.contentDate;
      count('dating', !!c && c.from <= gold.contentDate.to && c.to >= gold.contentDate.from, `contentDate ${c ? `${c.from}..${c.to}` : 'none'}`, f);
    }
    if (gold.recycled !== null && gold.recycled !== undefined) count('dating', a.recycled === gold.recycled, `recycled ${a.recycled}`, f);
  }

  const precision = ev.systemAll ? ev.truePositive / ev.systemAll : 0;
  const recall = ev.requiredAll ? ev.requiredHit / ev.requiredAll : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const checked = Object.entries(families).filter(([k]) => k !== 'articles').map(([, t]) => t);
  return {
    families, events: ev, precision, recall, f1,
    checksOk: checked.reduce((s, t) => s + t.ok, 0),
    checksAll: checked.reduce((s, t) => s + t.all, 0),
  };
}

const pct = (x: number, y: number): string => (y ? ((100 * x) / y).toFixed(0) : '-');

/** The report in score.mjs's layout, line for line. */
export function formatGoldScore(s: GoldScore, verbose = false): string {
  const out: string[] = [];
  for (const [family, t] of Object.entries(s.families)) {
    out.push(`${family}: ${t.ok}/${t.all}`);
    if (verbose) for (const miss of t.misses) out.push(`  miss ${miss}`);
  }
  const e = s.events;
  out.push(`events: required recall ${e.requiredHit}/${e.requiredAll}, precision ${e.truePositive}/${e.systemAll}, forbidden ${e.forbidden}`);
  if (verbose) {
    for (const x of e.misses) out.push(`  missed ${x}`);
    for (const x of e.extras) out.push(`  unmatched ${x}`);
    for (const x of e.forbiddenHits) out.push(`  FORBIDDEN ${x}`);
  }
  out.push(`score: events F1 ${(100 * s.f1).toFixed(0)} (P ${pct(e.truePositive, e.systemAll)} R ${pct(e.requiredHit, e.requiredAll)}), forbidden ${e.forbidden}, checks ${s.checksOk}/${s.checksAll} (${pct(s.checksOk, s.checksAll)}%)`);
  return out.join('\n');
}
