// Narratives from the catalogue (SPEC §2.4): which of the catalogue's narratives the article
// expresses, scored from the layers already built (events, stance, wording) and shown by the spans
// that support each. Pure and cheap: no tagging, a few regular expressions per narrative, tried only
// when their words occur. A narrative is reported from the threshold on and only with event,
// stance or framing evidence (cues said of a group named in their sentence); a broader narrative (its `parent`) is reported whenever a sub-narrative is.
import type { Stage } from '../core/pipeline.js';
import type { Narrative } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { CatalogueNarrative, NarrativeCatalogue } from './narrative-catalogue.js';
import { matchNarrative, narrativeView, sortSpans, type NarrativeDocument, type NarrativeMatch } from './narrative-match.js';
import type { StanceInput, StanceLayer } from './stance-stage.js';
import type { TechniquesLayer } from './techniques-stage.js';

export interface NarrativesLayer { readonly narratives: readonly Narrative[] }

export type NarrativesInput = StanceInput & StanceLayer & TechniquesLayer;

interface Found {
  readonly score: number;
  readonly evidence: readonly Span[];
}

const reportable = (m: NarrativeMatch, threshold: number): boolean =>
  (m.events > 0 || m.stance > 0 || m.framing > 0) && m.score >= threshold && m.evidence.length > 0;

/** The narratives `doc` expresses, strongest first (catalogue order on ties). */
export function findNarratives(catalogue: NarrativeCatalogue, doc: NarrativeDocument): Narrative[] {
  const view = narrativeView(doc);
  const { threshold } = catalogue.scoring;
  const own = new Map(catalogue.narratives.map((n) => [n.id, matchNarrative(n, view, catalogue.scoring)]));
  const children = new Map<string, CatalogueNarrative[]>();
  for (const n of catalogue.narratives) if (n.parent !== null) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);

  // A narrative is found on its own evidence, or through a found sub-narrative: then it takes the
  // strongest sub-narrative's score and every found sub-narrative's evidence with its own.
  const found = new Map<string, Found | null>();
  const resolve = (n: CatalogueNarrative): Found | null => {
    if (found.has(n.id)) return found.get(n.id)!;
    found.set(n.id, null); // parents are acyclic (checked at load); this only guards the recursion
    const match = own.get(n.id)!;
    const subs = (children.get(n.id) ?? []).map(resolve).filter((f): f is Found => f !== null);
    const self = reportable(match, threshold);
    const result = self || subs.length
      ? {
        score: Math.max(self ? match.score : 0, ...subs.map((s) => s.score)),
        evidence: sortSpans([...(match.score > 0 ? match.evidence : []), ...subs.flatMap((s) => s.evidence)]),
      }
      : null;
    found.set(n.id, result);
    return result;
  };

  const order = new Map(catalogue.narratives.map((n, i) => [n.id, i]));
  return catalogue.narratives
    .flatMap((n) => {
      const f = resolve(n);
      return f ? [{ id: n.id, label: n.label, taxonomy: n.taxonomy, score: f.score, evidence: [...f.evidence] }] : [];
    })
    .sort((a, b) => b.score - a.score || order.get(a.id)! - order.get(b.id)!);
}

export function narrativesStage(catalogue: NarrativeCatalogue): Stage<NarrativesInput, NarrativesLayer> {
  return {
    name: 'narratives',
    run: ({ text, sentences, actors, events, stance }) => ({ narratives: findNarratives(catalogue, { text, sentences, actors, events, stance }) }),
  };
}
