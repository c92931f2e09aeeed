// Verbal events of one sentence: each predicate whose verb (or, for light verbs such as "take",
// "launch", "impose", whose object noun) is a trigger is coded once, with the actors of its
// clause in their roles and the modality of its verb group.
import { actTargets, countriesOf } from './act-targets.js';
import { modalityOf } from './clause-modality.js';
import type { Subject } from './clause-subject.js';
import { pairEvents, type CodedEvent, type TriggerLookup } from './coded-event.js';
import { objectIsParty } from './implied-target.js';
import { authorisingVerb } from './instrument-clause.js';
import { lastSpeaker, predicateState } from './predicate-state.js';
import { predicateSubject } from './predicate-subject.js';
import { reportedAccusations } from './reported-accusation.js';
import { reportedStance } from './reported-stance.js';
import type { SentenceView } from './sentence-view.js';
import { statedIntent } from './stated-intent.js';
import { GAP, type TriggerPattern } from './trigger-schema.js';
import { verbChoice } from './verb-choice.js';
import { verbGroup } from './verb-group.js';

export type { Subject } from './clause-subject.js';

/** Sanctions and coercion: what an enacted instrument authorises of these is imposed by enacting it. */
const MEASURES = /^1[67]/;
const MODALS_OF_DEMAND = new Set(['must', 'should']);
/** Meeting, consulting and negotiating. */
const TALKS = /^04/;

export interface VerbCoding {
  readonly events: CodedEvent[];
  /** Nouns read as the object of a light verb: not coded again as nominal events. */
  readonly used: ReadonlySet<number>;
  readonly capped: boolean;
  /** The subject of the sentence's first predicate that has one, for an "it" in the next sentence. */
  readonly topic: Subject | null;
  /**
   * Acts with a source but no target in their clause ("France suspended its aid"): the article
   * may imply one (implied-target.ts); target null here.
   */
  readonly open: CodedEvent[];
}

const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);
/** Whether a pattern's words before the trigger include a negation ("did n't *", "will not *"). */
const namesNegation = (p: TriggerPattern | undefined): boolean =>
  !!p?.before.some((slot) => slot !== GAP && [...slot].some((w) => NEGATIONS.has(w)));

export function codeVerbs(v: SentenceView, dict: TriggerLookup, cap: number, topic: Subject | null = null): VerbCoding {
  const tokens = v.tokens;
  const s = predicateState(v, dict, topic);
  const { uses, predicates, speakers, enacted } = s;
  const events: CodedEvent[] = [];
  const used = new Set<number>();
  let capped = false;
  const demanded: CodedEvent[] = [];
  const open: CodedEvent[] = [];
  predicates.forEach((p, k) => {
    const use = uses[p];
    const speaker = lastSpeaker(s);
    const { g, limit, subject, shared } = predicateSubject(s, k);
    const verb = verbChoice(s, k, g, subject?.actors.length ?? 0, used);
    const { end, role } = verb;
    if (role === 'speech' && subject) speakers.push({ at: p, subject });
    // "al-Jubeir said Qatar must stop …": a statement that another party must act is a demand (CAMEO 10).
    if (speaker && subject && speakers.some((x) => x.at === predicates[k - 1]) && g.modal && MODALS_OF_DEMAND.has(g.modal) && g.modality !== 'negated') {
      // "… said the two countries should sit down and talk": a call to meet or negotiate is an
      // appeal to (026), or when the speaker's own side is among those called, an offer (036).
      const talks = verb.choice !== null && TALKS.test(verb.choice.code);
      // "… said importers from Gondor must pay a deposit": a charge the subject must pay is a
      // measure the speaker imposes on it (the pattern reads the payer as its target).
      const imposed = verb.choice?.pattern?.role === 'reverse' && MEASURES.test(verb.choice.code) ? verb.choice.code : undefined;
      const code = imposed ?? (!talks ? '100' : subject.actors.some((a) => countriesOf(speaker).has(a.country)) ? '036' : '026');
      const demand = pairEvents(speaker.actors, subject.actors, { code, modality: 'asserted', trigger: p, from: g.first, to: end, via: 'verb' }, cap)
        .filter((e) => !countriesOf(speaker).has(e.target!.country));
      events.push(...demand);
      demanded.push(...demand);
    }
    if (!verb.choice) return;
    const passive = g.passive || use === 'reduced-passive';
    // "we are committed to", "is determined to": a state of mind, not a passive act.
    if (g.passive && tokens[p + 1]?.lower === 'to') return;
    const groupModality = tokens[g.first - 1]?.lower === 'without' ? 'negated' : modalityOf(v, g, subject, speakers.some((x) => x.at < p));
    // A pattern that names the negation ("didn't clash over …") codes the negated act as its own event.
    // "signed an order that allows Washington to sanction …": the sanction is imposed by the signing.
    const authority = MEASURES.test(verb.choice.code) ? authorisingVerb(v, g.first) : -1;
    const enactor = authority >= 0 ? enacted.get(authority) : undefined;
    const modality = (groupModality === 'negated' && namesNegation(verb.choice.pattern)) || (enactor && groupModality === 'hypothetical') ? 'asserted' : groupModality;
    const from = Math.min(g.first, subject?.at ?? g.first);
    const { sources, targets, patient, choice } = actTargets(s, { k, first: g.first, limit, subject, shared, passive, enactor, verb, choice: verb.choice });
    // A commitment the actor states ("decided to provide", "announced that it would send") is itself an asserted act.
    const own = countriesOf(subject);
    const ownSide = speakers.some((x) => x.at < p && [...own].some((c) => countriesOf(x.subject).has(c)));
    const stated = statedIntent(choice.code, modality, g.intent, ownSide);
    if (sources.length && !targets.length && !patient && role !== 'speech' && !passive && sources.every((x) => x !== null) && !objectIsParty(v, p, end)) {
      open.push(...pairEvents(sources, [null], { code: choice.code, modality, trigger: p, from, to: end, via: 'verb' }, cap));
      if (stated) open.push(...pairEvents(sources, [null], { code: stated, modality: 'asserted', trigger: p, from, to: end, via: 'intent' }, cap));
    }
    if (!sources.length || !targets.length) return;
    const coded = pairEvents(sources, targets, { code: choice.code, modality, trigger: p, from, to: end, via: 'verb' }, cap);
    capped ||= coded.length >= cap;
    events.push(...coded);
    // The act told the other way, when the dictionary codes it ("arrived in Gondor": Gondor hosts, 033).
    const back = choice.reverse;
    if (back && targets !== sources) events.push(...coded.flatMap((e) => (e.source && e.target ? [{ ...e, source: e.target, target: e.source, code: back }] : [])));
    if (stated) events.push(...coded.map((e) => ({ ...e, code: stated, modality: 'asserted' as const, via: 'intent' as const })));
  });
  // "Gondor said Rohan shelled the villages": the statement accuses Rohan.
  events.push(...reportedAccusations(speakers.filter((x) => verbGroup(tokens, x.at).modality === 'asserted'), [...events, ...open], cap));
  // "Gondor said Rohan has a right to …", "… was a provocation staged by Rohan": what an asserted
  // statement says of another party is an act of its own (defence, criticism, accusation).
  for (const { at, subject } of speakers) {
    if (verbGroup(tokens, at).modality !== 'asserted') continue;
    for (const x of reportedStance(s, at, subject)) {
      events.push(...pairEvents(subject.actors, x.targets, { code: x.code, modality: 'asserted', trigger: x.at, from: Math.min(at, subject.at ?? at), to: x.to, via: 'verb' }, cap));
    }
  }
  // "opened fire and detained the Rohan sailors": an act without a target, coordinated with a
  // next verb of the same source, shares that verb's target.
  for (const e of open.splice(0)) {
    // Not past a preposition or an actor of its own ("stands with its ally Gondor and condemns …").
    const bare = tokens.slice(e.trigger + 1, e.to - 1).every((t, i) => t.pos !== 'ADP' && v.slotAt[e.trigger + 1 + i]! < 0);
    const shared = bare && tokens[e.to - 1]?.lower === 'and' ? events.filter((f) => f.via === 'verb' && f.source?.id === e.source?.id && f.target
      && verbGroup(tokens, f.trigger).first === e.to) : [];
    if (shared.length) events.push(...shared.map((f) => ({ ...e, target: f.target })));
    else open.push(e);
  }
  // A statement that is a demand is coded as the demand only. (An accusation keeps the statement:
  // "Putin said that NATO is threatening Russia" is both.)
  const kept = events.filter((e) => !(e.code === '010' && demanded.some((d) => d.source?.id === e.source?.id && d.target?.id === e.target?.id)));
  return { events: kept, used, capped, topic: s.firstSubject, open };
}
