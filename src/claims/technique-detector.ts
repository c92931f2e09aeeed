import type { Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueName } from './technique-names.js';

/** One structural detector (detect-*.ts): reads the article's context, returns candidate flags. */
export interface TechniqueDetector {
  readonly name: string;
  /**
   * Techniques whose cue-list matches this detector judges itself: they are flagged only as it
   * returns them (kept, extended or dropped). Matches of other techniques are flagged as they are.
   */
  readonly owns?: readonly TechniqueName[];
  detect(ctx: TechniqueContext): readonly Candidate[];
}
