// The events stage (SPEC §1.5): every sentence that names an actor is tagged, its predicates and
// event nouns coded, the results placed in the text, and repeated events merged. Work is bounded
// per sentence, so a flattened table or a 2,000-word run-on costs a diagnostic, not a hang.
import type { ActorsLayer } from '../actors/actors-stage.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { documentDay } from '../core/document-day.js';
import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { ActorRef, Event } from '../model/analysis.js';
import type { SegmentLayer } from '../text/text-stages.js';
import { buildEvent, type EventSetting } from './build-event.js';
import type { CameoCatalogue } from './cameo-catalogue.js';
import type { TriggerLookup } from './coded-event.js';
import { codeNouns } from './code-nouns.js';
import { codeVerbs, type Subject } from './code-verbs.js';
import { defaultDateAnchors } from './event-date.js';
import { documentTopic, namedAsPatient, reactionTarget } from './implied-target.js';
import { mergeEvents } from './merge-events.js';
import { placeMentions, sentenceView } from './sentence-view.js';
import { compoundTags } from './compound-tags.js';
import { slotTags } from './slot-tags.js';
import { tagSentence } from './tag-sentence.js';

export interface EventsLayer { readonly events: readonly Event[] }

export interface EventCoder {
  readonly triggers: TriggerLookup;
  readonly catalogue: CameoCatalogue;
  /** What loading the dictionaries found worth saying (a PETRARCH verb file's skipped patterns). */
  readonly diagnostics?: readonly Diagnostic[];
}

/** Longer "sentences" are tables or lists run together: skipped with a diagnostic. */
export const MAX_SENTENCE_CHARS = 2000;
/** At most this many actor pairs from one clause ("300 countries condemned …"). */
export const MAX_PAIRS = 40;

export function eventsStage(coder: EventCoder): Stage<ExtractLayer & SegmentLayer & ActorsLayer & WithDiagnostics, EventsLayer> {
  return {
    name: 'events',
    run({ text, sentences, actors, meta }) {
      const mentions = placeMentions(actors);
      const setting: EventSetting = { text, catalogue: coder.catalogue, documentDate: documentDay(meta.published), anchors: defaultDateAnchors };
      const diagnostics: Diagnostic[] = [];
      const events: Event[] = [];
      let m = 0;
      let topic: Subject | null = null;
      const implied = documentTopic(actors);
      // Who acted in the previous sentence, for a reaction in the next one that names no target.
      let lastActor: ActorRef | null = null;
      sentences.forEach((span, index) => {
        while (m < mentions.length && mentions[m]!.end <= span.start) m += 1;
        if (m >= mentions.length || mentions[m]!.start >= span.end) { lastActor = null; return; } // no actor, no event
        if (span.end - span.start > MAX_SENTENCE_CHARS) {
          diagnostics.push(diagnostic('events/sentence-too-long', `sentence of ${span.end - span.start} characters not coded (limit ${MAX_SENTENCE_CHARS}): probably a table or list run together`, 'warning', span));
          return;
        }
        const view = slotTags(sentenceView(text, index, span, mentions.slice(m, m + 400), compoundTags(tagSentence(text, span))), coder.triggers);
        const verbal = codeVerbs(view, coder.triggers, MAX_PAIRS, topic);
        topic = verbal.topic ?? topic;
        // Once per clause: nouns inside a coded verb's clause, or read as its object, are its.
        const inClause = new Uint8Array(view.tokens.length);
        for (const e of verbal.events) if (e.via === 'verb') inClause.fill(1, e.trigger + 1, e.to);
        const covered = (i: number): boolean => inClause[i] === 1 || verbal.used.has(i);
        const nominal = codeNouns(view, coder.triggers, covered, MAX_PAIRS);
        if (verbal.capped) {
          diagnostics.push(diagnostic('events/too-many-actors', `more than ${MAX_PAIRS} actor pairs in one clause: only the first ${MAX_PAIRS} coded`, 'info', span));
        }
        // An act left without a target is aimed at the article's dominant party, when there is one.
        const filled = verbal.open.flatMap((e) => {
          const target = e.source ? reactionTarget(e, lastActor) ?? implied.targetFor(e.code, [e.source]) : null;
          return target && !namedAsPatient(view, coder.triggers, target, e.trigger) ? [{ ...e, target }] : [];
        });
        // Its acts with a target first, then those without one ("The US withdrew from the treaty.").
        lastActor = [...verbal.events, ...nominal, ...filled, ...verbal.open].find((e) => e.source)?.source ?? null;
        for (const coded of [...verbal.events, ...nominal, ...filled]) {
          const event = buildEvent(view, coded, setting);
          if (event) events.push(event);
        }
      });
      return { events: mergeEvents(events), diagnostics };
    },
  };
}
