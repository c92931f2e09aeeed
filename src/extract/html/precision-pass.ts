// Our precision pass over Readability's paragraphs: page furniture that survived extraction
// (share bars, newsletter boxes, related-article lists, copyright lines, cookie banners) is
// dropped, and each drop is recorded with offsets into the text as it was before the pass.
import type { Removal } from '../../model/analysis.js';
import { boilerplateReason, isLinkItem } from './boilerplate-rules.js';
import type { TextBlock } from './html-to-text.js';

export interface PrecisionResult {
  /** The paragraphs kept, in order. */
  kept: TextBlock[];
  /** Drops, as spans of the pre-pass text (`blocksToText` of all the blocks). */
  removed: Removal[];
}

const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Why each block goes, or null: rules per block, plus the link list under a related heading. */
function reasons(blocks: readonly TextBlock[], title: string | null): (string | null)[] {
  const titleKey = title ? comparable(title) : null;
  let inRelated = false;
  return blocks.map((block, i) => {
    if (i === 0 && titleKey && comparable(block.text) === titleKey) return 'title';
    if (inRelated && isLinkItem(block)) return 'related-articles';
    const reason = boilerplateReason(block);
    inRelated = reason === 'related-articles';
    return reason;
  });
}

/**
 * Drops furniture paragraphs, and a first paragraph that only repeats the title (the body
 * excludes the title). When the pass would leave nothing, the paragraphs are kept: a page that
 * is all "furniture" by these rules is one the rules misjudged.
 */
export function precisionPass(blocks: readonly TextBlock[], title: string | null = null): PrecisionResult {
  const kept: TextBlock[] = [];
  const removed: Removal[] = [];
  const why = reasons(blocks, title);
  let offset = 0;
  for (const [i, block] of blocks.entries()) {
    const reason = why[i];
    const span = { start: offset, end: offset + block.text.length };
    if (reason) removed.push({ ...span, reason, in: 'extracted' });
    else kept.push(block);
    offset = span.end + 2;
  }
  if (!kept.length) return { kept: [...blocks], removed: [] };
  return { kept, removed };
}
