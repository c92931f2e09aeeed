// Cost of each analysis stage per article, measured on documents already carried through the
// earlier stages, so a stage's figure is its own work only. The issues set budgets in these terms
// (the claims stages together cost no more than the event stage), so they are printed side by side.
import { actorsStage } from '../actors/actors-stage.js';
import type { AnalyzeContext } from '../analyze.js';
import { narrativesStage } from '../claims/narratives-stage.js';
import { quotesStage } from '../claims/quotes-stage.js';
import { stanceStage } from '../claims/stance-stage.js';
import { techniquesStage } from '../claims/techniques-stage.js';
import { applyStage } from '../core/pipeline.js';
import { datingStage } from '../dating/dating-stage.js';
import { eventsStage } from '../events/events-stage.js';
import { clearTagCache } from '../events/tag-sentence.js';
import { extractStage } from '../extract/extract-stage.js';
import type { SourceDocument } from '../ingest/source-document.js';
import { languageStage, segmentStage } from '../text/text-stages.js';

export interface StageCost { readonly stage: string; readonly msPerArticle: number }

/**
 * Milliseconds per article of every stage: each stage's fastest of `rounds` passes over the sources,
 * so that other work on the machine inflates the figures less than a mean would.
 */
export function stageCosts(sources: readonly SourceDocument[], ctx: AnalyzeContext, rounds = 20): StageCost[] {
  const best = new Map<string, number>();
  const [actors, events, narratives, dating] = [actorsStage(ctx.gazetteer), eventsStage(ctx.events), narrativesStage(ctx.narratives), datingStage(ctx.gazetteer)];
  for (let r = 0; r < rounds; r++) {
    const round = new Map<string, number>();
    const time = <T>(name: string, f: () => T): T => {
      const t0 = performance.now();
      const out = f();
      round.set(name, (round.get(name) ?? 0) + performance.now() - t0);
      return out;
    };
    for (const source of sources) {
      // Each pass reads a document afresh: only the reuse within one document is measured.
      clearTagCache();
      const d0 = { source, diagnostics: source.diagnostics };
      const d1 = time('extract', () => applyStage(d0, extractStage));
      const d2 = time('segment', () => applyStage(d1, segmentStage));
      const d3 = time('language', () => applyStage(d2, languageStage));
      const d4 = time('actors', () => applyStage(d3, actors));
      const d5 = time('events', () => applyStage(d4, events));
      const d6 = time('quotes', () => applyStage(d5, quotesStage));
      const d7 = time('stance', () => applyStage(d6, stanceStage));
      const d8 = time('techniques', () => applyStage(d7, techniquesStage));
      const d9 = time('narratives', () => applyStage(d8, narratives));
      time('dating', () => applyStage(d9, dating));
    }
    for (const [name, ms] of round) best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  }
  return [...best].map(([stage, ms]) => ({ stage, msPerArticle: ms / sources.length }));
}

const CLAIMS = new Set(['quotes', 'stance', 'techniques', 'narratives', 'dating']);

/** One line per stage, then the claims stages' sum against the event stage. */
export function formatStageCosts(costs: readonly StageCost[]): string {
  const ms = (x: number): string => `${x.toFixed(2)} ms`;
  const events = costs.find((c) => c.stage === 'events')?.msPerArticle ?? 0;
  const claims = costs.filter((c) => CLAIMS.has(c.stage)).reduce((s, c) => s + c.msPerArticle, 0);
  return [
    `stages per article (fastest of the passes): ${costs.map((c) => `${c.stage} ${ms(c.msPerArticle)}`).join(', ')}`,
    `claims stages together (quotes, stance, techniques, narratives, dating): ${ms(claims)} = ${(claims / events).toFixed(2)} × the event stage (${ms(events)})`,
  ].join('\n');
}
