import type { Diagnostic } from '../../core/diagnostic.js';
import { diagnostic } from '../../core/diagnostic.js';
import type { Removal } from '../../model/analysis.js';
import { emptyMeta, type Extracted, type ExtractedMeta } from '../extracted.js';
import { assembleText } from './assemble-text.js';
import { captionRule } from './caption-rule.js';
import { citedSourcesRule } from './cited-sources-rule.js';
import { gluedArtefactRule } from './glued-artefact-rule.js';
import { headerRule } from './header-rule.js';
import { splitLines } from './lines.js';
import { promoRule } from './promo-rule.js';
import type { ScrapeRule, ScrapeState } from './scrape-rule.js';
import { teaserRule } from './teaser-rule.js';
import { titleRule } from './title-rule.js';

/**
 * The plain-text cleanup rules, in order. Order matters: the title must be known before
 * captions repeating it, and teasers and promotion lines must be gone before the cited-source
 * trailer is looked for at the end of what remains.
 */
export const scrapeRules: readonly ScrapeRule[] = [
  titleRule,
  headerRule,
  teaserRule,
  promoRule,
  captionRule,
  citedSourcesRule,
  gluedArtefactRule,
];

export interface TextInput {
  content: string;
  fromRecord: boolean;
}

/** Plain text → title, header metadata, cleaned body, and every removal with its reason. */
export function extractText(input: TextInput, rules: readonly ScrapeRule[] = scrapeRules): Extracted {
  let state: ScrapeState = {
    input: input.content,
    lines: splitLines(input.content),
    fromRecord: input.fromRecord,
    removals: [],
    meta: {},
  };
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const r = rule.apply(state);
    state = {
      ...state,
      removals: r.removals?.length ? [...state.removals, ...r.removals] : state.removals,
      meta: r.meta ? { ...state.meta, ...r.meta } : state.meta,
    };
    if (r.diagnostics) diagnostics.push(...r.diagnostics);
  }
  const removed: Removal[] = [...state.removals].sort((a, b) => a.start - b.start);
  const { text } = assembleText(input.content, state.lines, removed);
  if (!text) diagnostics.push(diagnostic('extract/no-text', 'no body text is left after cleanup', 'error'));
  const meta: ExtractedMeta = { ...emptyMeta(), ...state.meta };
  return { meta, text, removed, diagnostics };
}
