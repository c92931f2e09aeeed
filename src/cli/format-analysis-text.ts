import type { Analysis } from '../model/analysis.js';

const EXCERPT = 300;

/** A human-readable summary of one Analysis for the terminal (`--format text`). */
export function formatAnalysisText(a: Analysis): string {
  const lines: string[] = [];
  lines.push(`# ${a.title ?? '(no title)'}`);
  lines.push(`  uri        ${a.uri}`);
  const facts: [string, unknown][] = [
    ['published', a.published], ['site', a.site], ['category', a.category], ['views', a.views],
    ['author', a.author], ['sources', a.citedSources.length ? a.citedSources.join('; ') : null], ['language', a.language],
  ];
  for (const [k, v] of facts) if (v !== null && v !== undefined) lines.push(`  ${k.padEnd(10)} ${String(v)}`);
  lines.push(`  text       ${a.text.length} chars, ${a.paragraphs.length} paragraphs, ${a.sentences.length} sentences`);
  if (a.removed.length) {
    const reasons = new Map<string, number>();
    for (const r of a.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    lines.push(`  removed    ${[...reasons].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ')}`);
  }
  const counts: [string, number][] = [['actors', a.actors.length], ['events', a.events.length], ['quotes', a.quotes.length], ['techniques', a.techniques.length], ['narratives', a.narratives.length]];
  const found = counts.filter(([, n]) => n > 0);
  if (found.length) lines.push(`  found      ${found.map(([k, n]) => `${n} ${k}`).join(', ')}`);
  for (const d of a.diagnostics) lines.push(`  ${d.severity.padEnd(10)} ${d.ruleId}: ${d.reason}`);
  const excerpt = a.text.length > EXCERPT ? `${a.text.slice(0, EXCERPT).replace(/\s+\S*$/, '')} …` : a.text;
  lines.push('', ...excerpt.split('\n').map((l) => `  ${l}`).filter((l) => l.trim()));
  return lines.join('\n');
}
