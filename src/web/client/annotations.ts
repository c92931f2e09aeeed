// What the reader highlights: every span an Analysis gives (actor mentions, events and their
// triggers, quotes, techniques, narrative and stance evidence, content-date evidence), each
// with a short label and the lines that explain it.
import type { Analysis } from './api.js';

export type AnnKind = 'actor' | 'event' | 'trigger' | 'quote' | 'technique' | 'narrative' | 'stance' | 'date';

export const ANN_KINDS: readonly AnnKind[] = ['actor', 'event', 'trigger', 'quote', 'technique', 'narrative', 'stance', 'date'];

export interface Annotation {
  readonly id: string;
  readonly kind: AnnKind;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly detail: readonly string[];
}

const ref = (a: { code: string; id: string } | null): string => (a ? a.code || a.id : 'unknown');

export function annotations(a: Analysis): Annotation[] {
  const out: Annotation[] = [];
  const add = (id: string, kind: AnnKind, s: { start: number; end: number }, label: string, detail: string[]): void => {
    if (s.end > s.start && s.start >= 0 && s.end <= a.text.length) out.push({ id, kind, start: s.start, end: s.end, label, detail });
  };
  for (const actor of a.actors) {
    for (const m of actor.mentions) {
      add(`actor-${actor.id}`, 'actor', m, `Actor: ${actor.name} (${actor.code})`,
        [`${actor.kind}, country ${actor.country}, code ${actor.code}`, `${actor.mentions.length} mentions${m.via ? `; via ${m.via}` : ''}`]);
    }
  }
  a.events.forEach((e, i) => {
    const label = `Event ${e.cameo}: ${ref(e.source)} → ${ref(e.target)}`;
    const detail = [
      `CAMEO ${e.cameo} (root ${e.root}), quad class ${e.quadClass}, Goldstein ${e.goldstein}`,
      `PLOVER ${e.plover ? `${e.plover.type}${e.plover.mode ? ` / ${e.plover.mode}` : ''}` : 'none'}; modality ${e.modality}`,
      `date ${e.date ? `${e.date.value} (${e.date.basis})` : 'unknown'}${e.location ? `; place ${e.location}` : ''}`,
      ...e.quantities.map((q) => `quantity: ${q.amount} ${q.unit} (“${q.text}”)`),
    ];
    const mentions = e.mentions.length ? e.mentions : [{ span: e.span, trigger: e.trigger }];
    for (const m of mentions) {
      add(`event-${i}`, 'event', m.span, label, detail);
      add(`event-${i}`, 'trigger', m.trigger, `${label} (trigger)`, detail);
    }
  });
  a.quotes.forEach((q, i) => {
    const who = q.speaker ? `${q.speakerText ?? ''} (${ref(q.speaker)})` : q.speakerText ?? 'no speaker found';
    add(`quote-${i}`, 'quote', q.span, `${q.direct ? 'Direct' : 'Reported'} quote by ${who}`, [`cue: ${q.cue}`]);
    if (q.speakerSpan) add(`quote-${i}`, 'quote', q.speakerSpan, `Speaker of quote ${i + 1}: ${who}`, [`cue: ${q.cue}`]);
  });
  a.techniques.forEach((t, i) => {
    add(`technique-${i}`, 'technique', t, `Technique: ${t.technique}`, [`cue: ${t.cue}`, `confidence ${t.confidence}`]);
  });
  a.narratives.forEach((n, i) => {
    for (const s of n.evidence) add(`narrative-${i}`, 'narrative', s, `Narrative: ${n.label}`, [`${n.id}${n.taxonomy ? ` (${n.taxonomy})` : ''}`, `score ${n.score}`]);
  });
  a.stance.forEach((s, i) => {
    for (const e of s.evidence) add(`stance-${i}`, 'stance', e, `Stance toward ${s.actor}: ${s.score}`, [`country ${s.country}`]);
  });
  a.contentDate?.evidence.forEach((e, i) => {
    add(`date-${i}`, 'date', e.span, `Content date evidence: ${e.reason}`, [`content date ${a.contentDate?.from} – ${a.contentDate?.to}`]);
  });
  return out;
}
