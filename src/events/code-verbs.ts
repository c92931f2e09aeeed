// Verbal events of one sentence: each predicate whose verb (or, for light verbs such as "take",
// "launch", "impose", whose object noun) is a trigger is coded once, with the actors of its
// clause in their roles and the modality of its verb group.
import type { ActorRef } from '../model/analysis.js';
import { modalityOf } from './clause-modality.js';
import { complementSubject, DEFAULT_PREPS, findSubject, findTarget, rightEnd, slotAfter } from './clause-roles.js';
import { eventNounBefore, infinitiveEnd, namedObject, reportedEnd } from './clause-objects.js';
import { antecedentSubject, fromSlots, gerundSubject, isCopula, pronounSubject, type Subject } from './clause-subject.js';
import { pairEvents, sameParty, type CodedEvent, type TriggerLookup } from './coded-event.js';
import { chooseCode, type CodeChoice } from './match-pattern.js';
import { GAP, type TriggerPattern } from './trigger-schema.js';
import { verbUse } from './predicates.js';
import type { ActorSlot, SentenceView } from './sentence-view.js';
import { isLightVerb, lookupVerb, mistaggedVerb, objectNoun } from './verb-lookup.js';
import { verbGroup } from './verb-group.js';
import { objectIsParty, visitedParty } from './implied-target.js';
import { authorisingVerb, enactingVerb } from './instrument-clause.js';

export type { Subject } from './clause-subject.js';

// Symmetric acts: agreeing, consulting, meeting, negotiating, signing, cooperating, fighting.
const RECIPROCAL = /^(?:030|031|03$|040|041|044|046|04$|057|06|19)/;
const PLACE_ROOTS = /^(?:08|1[4-9]|20)/;
/** Judgements of an act (disapproval, rejection, warnings), aimed at whoever does it. */
const VERDICTS = /^1[123]/;
/** Sanctions, coercion and force: said of one's own side as what it will or could do, a threat. */
const FORCEFUL = /^(?:1[6-9]|20)/;
/** Sanctions and coercion: what an enacted instrument authorises of these is imposed by enacting it. */
const MEASURES = /^1[67]/;
/** Meetings, calls and visits; and what is said in them (statements, appeals, intents, apologies, demands, criticism, rejection, warnings). */
const CONTACT = /^04/;
const VERBAL = /^(?:0[1-35]|1[0-3])/;
/** Intents, praise, cooperation and aid. */
const COOPERATIVE = /^0[3-7]/;
const MODALS_OF_DEMAND = new Set(['must', 'should']);
const BY = new Set(['by']);
const FROM = new Set(['from', 'by']);
/**
 * What an actor's own stated commitment to a future act amounts to as an act of its own: for
 * cooperation, the CAMEO 03x intent ("decided to provide aid" → 033); for a deployment it
 * announces, the show of force itself (15); for violence it vows, a threat (13x).
 */
const INTENT: Readonly<Record<string, string>> = {
  '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '16': '131', '17': '130', '18': '138', '19': '138', '20': '138',
};
// A threat one's own side says it will carry out ("will respond at a time of its choosing") is made now.
const intentCode = (code: string, announced: boolean): string | undefined =>
  code.startsWith('15') ? (announced ? code : undefined) : code.startsWith('13') ? code : INTENT[code.slice(0, 2)];

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

const countriesOf = (s: Subject | null): Set<string> => new Set((s?.actors ?? []).map((a) => a.country));
const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);
/** Whether a pattern's words before the trigger include a negation ("did n't *", "will not *"). */
const namesNegation = (p: TriggerPattern | undefined): boolean =>
  !!p?.before.some((slot) => slot !== GAP && [...slot].some((w) => NEGATIONS.has(w)));
const actorsIn = (slots: readonly ActorSlot[] | null): ActorRef[] => (slots ?? []).flatMap((s) => s.actors);

const withDefaults = (preps: readonly string[] | undefined): readonly string[] =>
  preps ? [...new Set([...preps, ...DEFAULT_PREPS])] : DEFAULT_PREPS;

export function codeVerbs(v: SentenceView, dict: TriggerLookup, cap: number, topic: Subject | null = null): VerbCoding {
  const tokens = v.tokens;
  const uses = tokens.map((t, i) => (t.pos === 'VERB' || mistaggedVerb(v, dict, i) ? verbUse(tokens, i) : 'modifier'));
  const predicates = tokens.flatMap((_, i) => (uses[i] !== 'modifier' ? [i] : []));
  const isAct = (i: number): boolean => uses[i] !== 'modifier' && lookupVerb(dict, tokens[i]!) !== undefined;
  // Clauses with a subject of their own: the others neither stop a subject search nor give a topic.
  const finite = predicates.filter((i) => uses[i] === 'predicate' || uses[i] === 'reduced-passive');
  // "X is wishful thinking": a copula ends its clause too, though it codes nothing.
  const copulas = tokens.flatMap((t, i) => (t.pos === 'AUX' && isCopula(tokens, i) ? [i] : []));
  const subjects = new Map<number, Subject | null>();
  const speakers: { at: number; subject: Subject }[] = [];
  const events: CodedEvent[] = [];
  const used = new Set<number>();
  let capped = false;
  let firstSubject: Subject | null = null;
  const demanded: CodedEvent[] = [];
  const open: CodedEvent[] = [];
  const interlocutors = new Map<number, ActorRef[]>();
  // Predicates of a relative clause on an enacted instrument, with who enacted it.
  const enacted = new Map<number, Subject>();
  // The subject of a copula or "have" used as the main verb ("we will have no choice but to …").
  const copulaSubject = (q: number): Subject | null => {
    const first = verbGroup(tokens, q).first;
    const found = findSubject(v, first, -1);
    return found && found !== 'coordinated' ? fromSlots(found) : pronounSubject(v, first, speakers[speakers.length - 1]?.subject ?? null, firstSubject, topic);
  };
  predicates.forEach((p, k) => {
    const g = verbGroup(tokens, p);
    // Infinitives ("attempts to integrate with …") have no subject of their own to stop at.
    const previous = [...finite.filter((q) => q < p), ...copulas].filter((q) => q < g.first && tokens[q - 1]?.lower !== 'to').sort((a, b) => a - b);
    const limit = previous[previous.length - 1] ?? -1;
    const use = uses[p];
    // "accused Azerbaijan of ethnic cleansing, criticized the peacekeepers": a list of predicates.
    const listed = limit >= 0 && tokens[g.first - 1]?.text === ',';
    const speaker = speakers[speakers.length - 1]?.subject ?? null;
    let subject: Subject | null;
    let shared = false;
    if (use === 'participle') subject = subjects.get(limit) ?? null;
    else if (use === 'gerund') subject = gerundSubject(v, g.first - 1, limit, finite.find((q) => q > p));
    else {
      const usual = listed ? 'coordinated' : findSubject(v, g.first, limit);
      const found = antecedentSubject(v, g.first, limit, usual === 'coordinated' ? null : usual) ?? usual;
      shared = found === 'coordinated';
      // "Japan said that missiles fell into its waters and lodged a protest": a verb joined to a
      // reported clause whose subject names no actor shares the speaker's subject.
      const speakerBefore = !g.passive && speakers.length && speakers[speakers.length - 1]!.at < limit ? speaker : null;
      subject = found === 'coordinated' ? subjects.get(limit) ?? speakerBefore
        : found ? fromSlots(found) : pronounSubject(v, g.first, speaker, firstSubject, topic);
      // "approved a plan to provide …", "have no choice but to destroy …": an infinitive with no
      // actor of its own before it is done by the subject of the clause it depends on.
      if (!subject && limit >= 0 && tokens.slice(g.first, p).some((t) => t.lower === 'to')) subject = subjects.get(limit) ?? copulaSubject(limit);
      // "adopted Resolution 2375, which caps …": the instrument's acts are its adopter's.
      const by = subject ? -1 : enactingVerb(tokens, g.first);
      const adopter = by >= 0 ? subjects.get(by) : undefined;
      if (adopter) enacted.set(p, (subject = adopter));
      else if (shared && enacted.has(limit)) enacted.set(p, enacted.get(limit)!);
    }
    subjects.set(p, subject);
    if (use === 'predicate' || use === 'reduced-passive') firstSubject ??= subject;
    const end = rightEnd(v, p, predicates[k + 1] ?? tokens.length);
    // The words of an infinitive the verb governs are its words too ("gave the ambassador five
    // days to leave", "urged both sides to exercise restraint"), for its patterns only.
    const wordsEnd = infinitiveEnd(v, end, predicates, k);
    const verb = tokens[p]!;
    const trigger = lookupVerb(dict, verb);
    const compound = (subject?.actors.length ?? 0) > 1;
    // A statement verb's patterns read the clause it reports ("repeated that 'all options are …'").
    const patternEnd = trigger?.role === 'speech' && wordsEnd === end ? reportedEnd(v, end, isAct) : wordsEnd;
    let choice: CodeChoice | null = trigger ? chooseCode(trigger, tokens, p, patternEnd, compound) : null;
    // "called Qatar a funder of terrorism": the object named by a complement.
    if (!choice && trigger?.complement && !g.passive && namedObject(v, p, end)) choice = { code: trigger.complement };
    // "New sanctions were imposed on …": in the passive the pattern's object stands before the verb.
    if (!choice && trigger && g.passive) {
      const before = [verb, ...tokens.slice(Math.max(0, g.first - 4), g.first)];
      choice = chooseCode(trigger, before, 0, before.length);
    }
    // A trigger's own prepositions come first; the usual ones still introduce a target.
    let preps = withDefaults(trigger?.preps);
    let role = trigger?.role ?? 'default';
    const noun = choice || isLightVerb(verb) ? objectNoun(v, dict, p, end) : null;
    // "increase investment in Belarus": the object noun's prepositions introduce targets too.
    if (choice && noun?.trigger.preps) preps = [...new Set([...preps, ...noun.trigger.preps])];
    const ownChoice = choice !== null;
    if (!choice) {
      choice = noun && chooseCode(noun.trigger, tokens, noun.at, wordsEnd);
      if (noun && choice) {
        preps = withDefaults(noun.trigger.preps);
        role = 'default';
        used.add(noun.at);
      }
    }
    // A pattern may place the actors its own way ("… received money from …": reverse).
    if (choice?.pattern?.role) role = choice.pattern.role;
    // "announced sanctions against …", "declared a state of emergency": a statement verb whose
    // words name an act other than a statement codes that act, with its object as the target.
    else if (role === 'speech' && choice?.pattern && !choice.code.startsWith('01')) role = 'default';
    if (role === 'speech' && subject) speakers.push({ at: p, subject });
    // "al-Jubeir said Qatar must stop …": a statement that another party must act is a demand (CAMEO 10).
    if (speaker && subject && speakers.some((s) => s.at === predicates[k - 1]) && g.modal && MODALS_OF_DEMAND.has(g.modal) && g.modality !== 'negated') {
      const demand = pairEvents(speaker.actors, subject.actors, { code: '100', modality: 'asserted', trigger: p, from: g.first, to: end, via: 'verb' }, cap)
        .filter((e) => !countriesOf(speaker).has(e.target!.country));
      events.push(...demand);
      demanded.push(...demand);
    }
    if (!choice) return;
    const passive = g.passive || use === 'reduced-passive';
    // "we are committed to", "is determined to": a state of mind, not a passive act.
    if (g.passive && tokens[p + 1]?.lower === 'to') return;
    const own = countriesOf(subject);
    // The subject's own side is no target: itself, or its state and the state's bodies ("Russia …
    // Russian troops"); two bodies of one state are ("Russian police arrested Russian students"),
    // but what a government says of its own country's bodies is not addressed to them.
    const ownCountry = (s: ActorSlot): boolean => s.actors.every((a) => own.has(a.country));
    const notOwn = role === 'speech' ? ownCountry : (s: ActorSlot): boolean => s.actors.every((a) => (subject?.actors ?? []).some((x) => sameParty(x, a)));
    const groupModality = tokens[g.first - 1]?.lower === 'without' ? 'negated' : modalityOf(v, g, subject, speakers.some((s) => s.at < p));
    // A pattern that names the negation ("didn't clash over …") codes the negated act as its own event.
    // "signed an order that allows Washington to sanction …": the sanction is imposed by the signing.
    const authority = MEASURES.test(choice.code) ? authorisingVerb(v, g.first) : -1;
    const enactor = authority >= 0 ? enacted.get(authority) : undefined;
    const modality = (groupModality === 'negated' && namesNegation(choice.pattern)) || (enactor && groupModality === 'hypothetical') ? 'asserted' : groupModality;
    const from = Math.min(g.first, subject?.at ?? g.first);
    let sources: (ActorRef | null)[] = [...(enactor ?? subject)?.actors ?? []];
    let targets: (ActorRef | null)[];
    let patient = false;
    if (role === 'speech') {
      targets = actorsIn(findTarget(v, p, Math.min(tokens.length, p + 16), [], notOwn)?.slots ?? null);
    } else if (passive || role === 'reverse') {
      const agent = slotAfter(v, passive ? BY : FROM, p, end);
      sources = actorsIn(agent);
      if (!sources.length) sources = [null];
      targets = [...(subject?.actors ?? [])];
      // "Sanctions were imposed on Iran by the EU": the subject is the act, the target follows.
      if (!targets.length && passive) targets = actorsIn(findTarget(v, p, end, preps, (s) => agent?.includes(s) ?? false, false)?.slots ?? null);
    } else {
      const found = findTarget(v, p, end, preps, notOwn, PLACE_ROOTS.test(choice.code));
      // "criticized the isolation of Qatar": whom an act is done to is not whom it is criticised
      // by; the criticism is aimed at the act's agent, when the words name one ("… by Riyadh").
      const act = found && VERDICTS.test(choice.code) ? eventNounBefore(v, dict, found.slots[0]!, p) : -1;
      patient = act >= 0;
      targets = patient ? actorsIn(slotAfter(v, BY, act, end)?.filter((s) => !notOwn(s)) ?? null) : actorsIn(found?.slots ?? null);
      // "welcomed memos sent by Bree": the agent of a participle on the object is the target.
      const next = predicates[k + 1];
      if (!targets.length && next === end && uses[next] === 'reduced-passive') {
        targets = actorsIn(slotAfter(v, BY, next, rightEnd(v, next, predicates[k + 2] ?? tokens.length))?.filter((s) => !notOwn(s)) ?? null);
      }
      // "allowed that Mordor isn't …": the subject of the that-clause it governs, whose words are
      // the verb's too ("allowed that Mordor isn't the neatest place").
      const clause = targets.length || patient ? [] : complementSubject(v, p, (i) => uses[i] !== 'modifier')?.filter((s) => !notOwn(s)) ?? [];
      if (clause.length) {
        targets = actorsIn(clause);
        if (ownChoice && trigger) choice = chooseCode(trigger, tokens, p, rightEnd(v, clause[clause.length - 1]!.to, tokens.length), compound) ?? choice;
      }
      // "Gondor and Osgiliath have delayed their meeting": with a symmetric act (meeting,
      // agreeing, cooperating, fighting), or a pattern for compound subjects, the conjuncts act
      // on one another.
      if (!targets.length && sources.length > 1 && (RECIPROCAL.test(choice.code) || choice.pattern?.reciprocal)) targets = sources;
      // "phoned Putin, apologized and promised …": what one says in a call or a meeting is said to
      // the one called or met.
      if (!targets.length && shared && VERBAL.test(choice.code)) targets = [...(interlocutors.get(limit) ?? [])];
      // Cooperation announced on a visit is for the host.
      if (!targets.length && COOPERATIVE.test(choice.code)) targets = (visitedParty(v, g.first) ?? []).filter((a) => !own.has(a.country));
      if (targets.length && CONTACT.test(choice.code)) interlocutors.set(p, targets.filter((t): t is ActorRef => t !== null));
      else if (shared && interlocutors.has(limit)) interlocutors.set(p, interlocutors.get(limit)!);
    }
    // A commitment the actor states ("decided to provide", "announced that it would send") is itself an asserted act.
    const ownSide = speakers.some((s) => s.at < p && [...own].some((c) => countriesOf(s.subject).has(c)));
    const announced = modality === 'future' && ownSide;
    // "if forced, we will totally destroy North Korea": coercion or force one's own side says it
    // will or could use is a threat, made now, whatever the condition.
    const vowed = ownSide && FORCEFUL.test(choice.code);
    const stated = (modality === 'future' || modality === 'hypothetical') && (g.intent || announced || vowed) ? intentCode(choice.code, announced) : undefined;
    if (sources.length && !targets.length && !patient && role !== 'speech' && !passive && sources.every((s) => s !== null) && !objectIsParty(v, p, end)) {
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
  // A statement that is a demand is coded as the demand only.
  const kept = events.filter((e) => !(e.code === '010' && demanded.some((d) => d.source?.id === e.source?.id && d.target?.id === e.target?.id)));
  return { events: kept, used, capped, topic: firstSubject, open };
}
