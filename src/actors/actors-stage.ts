import { documentDay } from '../core/document-day.js';
import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { Actor } from '../model/analysis.js';
import type { SegmentLayer } from '../text/text-stages.js';
import type { CompiledGazetteer } from './compile-gazetteer.js';
import { definedAbbreviations } from './defined-abbreviations.js';
import { memberMentions } from './member-mentions.js';
import { pairMentions } from './pair-mentions.js';
import { pronounMentions } from './pronoun-mentions.js';
import { nationalBodies } from './national-bodies.js';
import { regionModifiers } from './region-modifiers.js';
import { resolveText, type ResolvedMention } from './resolve-mentions.js';
import { unionCapital } from './union-capital.js';

export interface ActorsLayer { readonly actors: readonly Actor[] }

/** Mentions grouped by actor, in order of first mention; each keeps its span and text. */
export function groupActors(text: string, mentions: readonly ResolvedMention[]): Actor[] {
  const byId = new Map<string, Actor>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let a = byId.get(m.target.id);
    if (!a) {
      const { members: _members, ...target } = m.target;
      a = { ...target, mentions: [] };
      byId.set(m.target.id, a);
    }
    a.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), ...(m.via && { via: m.via }) });
  }
  return [...byId.values()];
}

export function actorsStage(gazetteer: CompiledGazetteer): Stage<ExtractLayer & SegmentLayer & WithDiagnostics, ActorsLayer> {
  return {
    name: 'actors',
    run({ text, sentences, paragraphs, meta }) {
      const { mentions, unplaced } = resolveText(text, gazetteer, documentDay(meta.published));
      const resolved = regionModifiers(text, unionCapital(text, definedAbbreviations(text, mentions)));
      const found = [...resolved, ...nationalBodies(text, sentences, paragraphs, unplaced, resolved, meta.site, gazetteer)].sort((a, b) => a.start - b.start);
      const named = [...found, ...pairMentions(text, sentences, found)].sort((a, b) => a.start - b.start);
      return { actors: groupActors(text, [...named, ...memberMentions(text, found, gazetteer), ...pronounMentions(text, sentences, named)]) };
    },
  };
}
