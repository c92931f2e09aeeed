// People named IN OFFICE: a role phrase attached to a person ("British Prime Minister Johnson",
// "Chancellor Scholz", "Johnson, the British prime minister,") bounds the writing date to the
// term of that office; "former Prime Minister Johnson" puts it after the term. A name alone is
// no evidence (texts name past leaders all the time), nor is "the Trump administration".
//
// The actors layer gives the person and the mention; the role words are read here with the
// gazetteer's own matcher over the mention and the appositions around it, so the same role
// phrases (data/actors/roles.json) and office titles decide. A name that several people share
// ("President Bush") allows the terms of every one of them the role fits.
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import type { NameValue, Office, PersonEntry, RoleEntry } from '../actors/actor-value.js';
import type { NameMatch } from '../actors/name-matcher.js';
import type { Actor } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { atLeast, describeRange, isoDay, normalise, parseDay, type DayRange } from './day-range.js';
import { sentenceAround } from './sentence-context.js';

/** Words that may stand in a role apposition besides the role and its country. */
const FILLER = new Set(['the', 'a', 'an', 'of', "'s", '’s', 's', 'then', 'former', 'ex', '-', 'current', 'incumbent', 'sitting', 'acting', 'outgoing']);
/** Before the role, up to two words between ("former British Prime Minister"). */
const PAST_HOLDER = /\b(?:former|ex|onetime|one-time|erstwhile|previous)[\s-]+(?:[^\s,.;:]+\s+){0,2}$/i;
const NOT_NOW = /\b(?:then|late|future|would-be|next)[\s-]+(?:[^\s,.;:]+\s+){0,2}$/i;
const NOT_YET = /^[\s-]*(?:elect|designate|nominee|candidate|hopeful)\b/i;
const APPOSITION_BEFORE = /(?:^|[,;:(—–]\s*)((?:the\s+)?[^,.;:()\n]{2,60}),\s*$/i;
const APPOSITION_AFTER = /^\s*[,(]\s*([^,.;:()\n]{2,60})/;

interface RoleReading {
  readonly people: readonly PersonEntry[];
  readonly roles: readonly RoleEntry[];
  readonly roleText: string;
  readonly countries: readonly string[];
  readonly former: boolean;
}

const values = <K extends NameValue['type']>(m: NameMatch<NameValue>, type: K): Extract<NameValue, { type: K }>[] =>
  m.values.filter((v): v is Extract<NameValue, { type: K }> => v.type === type);

const countryOf = (m: NameMatch<NameValue>): string | null => {
  const v = m.values.find((x) => x.type === 'actor' || x.type === 'demonym');
  return v && (v.type === 'actor' || v.type === 'demonym') ? v.actor.country : null;
};

const isPersonRole = (r: RoleEntry): boolean => r.refersTo === 'person';

/**
 * The role, country and person a window of text names. `inside`: the mention itself (role words
 * before the name); otherwise an apposition, which must hold nothing but a role, its country and
 * filler words.
 */
function readWindow(window: string, matches: readonly NameMatch<NameValue>[], lead: string, personId: string, gazetteer: CompiledGazetteer, inside: boolean): RoleReading | null {
  const nameAt = matches.findIndex((m) => values(m, 'person').some((v) => v.person.id === personId));
  if (inside && nameAt < 0) return null;
  const before = inside ? matches.slice(0, nameAt) : matches.filter((m) => values(m, 'person').length === 0);
  let roleMatches = before.filter((m) => values(m, 'role').some((v) => isPersonRole(v.role)));
  if (roleMatches.length === 0) return null;
  if (!inside) {
    const covered = window.split('');
    for (const m of before) covered.fill(' ', m.start, m.end);
    const left = covered.join('').toLowerCase().split(/[\s]+/).filter(Boolean);
    if (left.some((w) => !FILLER.has(w)) || before.length !== matches.length) return null;
  }
  const role = roleMatches[roleMatches.length - 1]!;
  let roleText = window.slice(role.start, role.end);
  const prefix = lead + window.slice(0, role.start);
  let former = PAST_HOLDER.test(prefix);
  // "former Prime Minister" is one role phrase of its own (ELI); its office is the one after "former".
  const stripped = /^(?:former|ex)[\s-]+/i.exec(roleText);
  if (stripped) {
    former = true;
    roleText = roleText.slice(stripped[0].length);
    roleMatches = gazetteer.matcher.match(roleText).filter((m) => values(m, 'role').some((v) => isPersonRole(v.role)));
  }
  if (NOT_NOW.test(prefix) || NOT_YET.test(window.slice(role.end))) return null;
  const own = gazetteer.people.get(personId);
  const people = inside
    ? [...new Map(values(matches[nameAt]!, 'person').map((v) => [v.person.id, v.person])).values()]
    : own ? [own] : [];
  const first = before[0]?.start ?? role.start;
  return {
    people,
    roles: roleMatches.flatMap((m) => values(m, 'role').map((v) => v.role)).filter(isPersonRole),
    roleText: window.slice(first, role.end).replace(/^(?:former|ex)[\s-]+/i, ''),
    countries: before.map(countryOf).filter((c): c is string => c !== null),
    former,
  };
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The offices of a person the role words fit (kind of office or title, and country when one is
 * named). Offices whose title the words name win over those that only share the kind: "Russian
 * President Putin" is his presidencies, not his premierships.
 */
function fittingOffices(p: PersonEntry, reading: RoleReading, roleWords: string): Office[] {
  const titled = (o: Office): boolean => o.title !== undefined && norm(roleWords).endsWith(norm(o.title));
  const fits = p.offices.filter((o) => (reading.roles.some((r) => r.offices.includes(o.role)) || titled(o))
    && (reading.countries.length === 0 || reading.countries.includes(o.country)));
  const byTitle = fits.filter(titled);
  return byTitle.length ? byTitle : fits;
}

const termOf = (o: Office): DayRange => ({ lo: parseDay(o.from) ?? -Infinity, hi: o.to === null ? Infinity : (parseDay(o.to) ?? Infinity) });

interface Window { readonly text: string; readonly at: number; readonly inside: boolean }

/** The windows that may hold a role for this mention: the mention itself and its appositions. */
function windows(text: string, sentences: readonly Span[], m: Span): Window[] {
  const s = sentenceAround(text, sentences, m.start);
  const inside = text.slice(m.start, m.end);
  // A one-word mention ("Johnson") holds no role; a mention with no comma around it has no apposition.
  const out: Window[] = /\s/.test(inside) ? [{ text: inside, at: m.start, inside: true }] : [];
  const before = /,\s*$/.test(text.slice(Math.max(s.start, m.start - 3), m.start)) ? APPOSITION_BEFORE.exec(text.slice(s.start, m.start)) : null;
  if (before?.[1]) out.push({ text: before[1], at: m.start - before[0].length + before[0].indexOf(before[1]), inside: false });
  const after = APPOSITION_AFTER.exec(text.slice(m.end, s.end));
  if (after?.[1]) out.push({ text: after[1], at: m.end + after[0].indexOf(after[1]), inside: false });
  return out;
}

/**
 * `dated`: the dates with a year the text states. A holder named in a sentence that dates what it
 * tells ("In 2018, US President Trump met Kim") is named as of that date, not of the writing.
 */
export function officeConstraints(text: string, sentences: readonly Span[], actors: readonly Actor[], gazetteer: CompiledGazetteer, dated: readonly Span[]): DateConstraint[] {
  const datedSentence = (at: number): boolean => {
    const s = sentenceAround(text, sentences, at);
    return dated.some((d) => d.start >= s.start && d.end <= s.end);
  };
  const candidates: { actor: Actor; mention: Span; window: Window }[] = [];
  for (const actor of actors) {
    if (!gazetteer.people.has(actor.id)) continue;
    for (const mention of actor.mentions) {
      if (mention.via !== undefined || !/^\p{Lu}/u.test(mention.text) || datedSentence(mention.start)) continue; // pronouns, group members
      // A role and a name on different lines are a table or an infobox ("Monarch\n\nElizabeth II"), not a title.
      for (const window of windows(text, sentences, mention)) if (!window.text.includes('\n')) candidates.push({ actor, mention, window });
    }
  }
  const matches = matchWindows(candidates.map((c) => c.window.text), gazetteer);
  const out: DateConstraint[] = [];
  const done = new Set<string>(); // one role reading per person: a repeated "Prime Minister Johnson" adds nothing
  candidates.forEach(({ actor, mention, window: w }, i) => {
    if (done.has(actor.id)) return;
    const lead = text.slice(Math.max(0, w.at - 16), w.at);
    const reading = readWindow(w.text, matches[i] ?? [], lead, actor.id, gazetteer, w.inside);
    const c = reading && constraintOf(reading, actor, { start: Math.min(w.at, mention.start), end: Math.max(w.at + w.text.length, mention.end) });
    if (c) {
      out.push(c);
      done.add(actor.id);
    }
  });
  return out;
}

/** A token no name spans: windows matched in one pass do not run into each other. */
const SEPARATOR = ' ¶ ';

/** The gazetteer's matches in each window, found in one pass over all of them (a pass has a fixed cost). */
function matchWindows(windows: readonly string[], gazetteer: CompiledGazetteer): NameMatch<NameValue>[][] {
  const starts: number[] = [];
  let joined = '';
  for (const w of windows) {
    starts.push(joined.length);
    joined += w + SEPARATOR;
  }
  const out: NameMatch<NameValue>[][] = windows.map(() => []);
  let i = 0;
  for (const m of windows.length ? gazetteer.matcher.match(joined) : []) {
    while (i + 1 < starts.length && m.start >= starts[i + 1]!) i += 1;
    const base = starts[i]!;
    if (m.end <= base + windows[i]!.length) out[i]!.push({ ...m, start: m.start - base, end: m.end - base });
  }
  return out;
}

function constraintOf(reading: RoleReading, actor: Actor, span: Span): DateConstraint | null {
  const fits = reading.people.map((p) => ({ p, offices: fittingOffices(p, reading, reading.roleText) })).filter((x) => x.offices.length > 0);
  if (fits.length === 0) return null;
  const offices = fits.flatMap((x) => x.offices);
  const who = fits.map((x) => x.p.name).join(' or ');
  const terms = normalise(offices.map(termOf));
  const termText = terms.map(describeRange).join(', ');
  const key = `${reading.former ? 'former' : 'office'}:${fits.map((x) => x.p.id).join('+')}:${termText}`;
  if (reading.former) {
    const ended = terms.every((t) => t.hi !== Infinity);
    if (!ended) return null;
    const left = Math.max(...terms.map((t) => t.hi));
    return {
      kind: 'former-office',
      allows: atLeast(left),
      weight: WEIGHT.formerOffice,
      span,
      reason: `names ${who} as former ${reading.roleText} (left office ${isoDay(left)}): written after the term`,
      key,
    };
  }
  return {
    kind: 'office',
    allows: terms,
    weight: WEIGHT.office,
    span,
    reason: `names ${who} as ${reading.roleText} (in office ${termText})`,
    key: `${key}:${actor.id}`,
  };
}
