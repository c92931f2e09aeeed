// People named IN OFFICE: a role phrase attached to a person ("British Prime Minister Johnson",
// "Chancellor Scholz", "Johnson, the British prime minister,") bounds the writing date to the
// term of that office; "former Prime Minister Johnson" puts it after the term. A name alone is
// no evidence (texts name past leaders all the time), nor is "the Trump administration".
//
// The actors layer gives the person and the mention; the role words around it are read in
// role-reading.ts with the gazetteer's own matcher (all windows of a text in one pass), so the
// same role phrases (data/actors/roles.json) and the person's office titles decide.
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import type { NameValue, Office } from '../actors/actor-value.js';
import type { NameMatch } from '../actors/name-matcher.js';
import type { Actor } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { atLeast, describeRange, isoDay, normalise, parseDay, type DayRange } from './day-range.js';
import { fittingOffices, readRole, type RoleReading, type WindowKind } from './role-reading.js';
import { sentenceAround } from './sentence-context.js';
import { termEndReported } from './term-end.js';

const APPOSITION_BEFORE = /(?:^|[,;:(—–]\s*)((?:the\s+)?[^,.;:()\n]{2,60}),\s*$/i;
const APPOSITION_AFTER = /^\s*[,(]\s*([^,.;:()\n]{2,60})/;
/** The words right before a mention, back to punctuation: "US House Speaker" of "…, US House Speaker Pelosi". */
const LEAD = /([^,.;:()\n"“”]{2,48})$/;

interface Window { readonly text: string; readonly at: number; readonly kind: WindowKind }

/** The windows that may hold a role for this mention: the mention itself, the words before it, its appositions. */
function windows(text: string, sentences: readonly Span[], m: Span): Window[] {
  const s = sentenceAround(text, sentences, m.start);
  const inside = text.slice(m.start, m.end);
  // A one-word mention ("Johnson") holds no role.
  const out: Window[] = /\s/.test(inside) ? [{ text: inside, at: m.start, kind: 'inside' }] : [];
  const lead = LEAD.exec(text.slice(Math.max(s.start, m.start - 48), m.start));
  const words = lead?.[1]?.trimStart() ?? '';
  if (/\S\s+$/.test(words)) out.push({ text: words, at: m.start - words.length, kind: 'lead' });
  const before = /,\s*$/.test(text.slice(Math.max(s.start, m.start - 3), m.start)) ? APPOSITION_BEFORE.exec(text.slice(s.start, m.start)) : null;
  if (before?.[1]) out.push({ text: before[1], at: m.start - before[0].length + before[0].indexOf(before[1]), kind: 'apposition' });
  const after = APPOSITION_AFTER.exec(text.slice(m.end, s.end));
  if (after?.[1]) out.push({ text: after[1], at: m.end + after[0].indexOf(after[1]), kind: 'apposition' });
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
  // The same person, words and lead read the same wherever they stand: one that gave nothing is not read again.
  const fruitless = new Set<string>();
  candidates.forEach(({ actor, mention, window: w }, i) => {
    const person = gazetteer.people.get(actor.id);
    if (done.has(actor.id) || !person) return;
    const lead = text.slice(Math.max(0, w.at - 16), w.at);
    const key = `${actor.id}\u0000${w.kind}\u0000${lead}\u0000${w.text}`;
    if (fruitless.has(key)) return;
    const reading = readRole(w.text, w.kind, matches[i] ?? [], [person], lead, gazetteer);
    const span = w.kind === 'apposition'
      ? { start: Math.min(w.at, mention.start), end: Math.max(w.at + w.text.length, mention.end) }
      : { start: Math.min(w.at + (reading?.roleStart ?? 0), mention.start), end: mention.end };
    // "President Ghani fled the country": the text may be written after the term it reports ending.
    const ended = actor.mentions.some((m) => m.via === undefined && termEndReported(text, sentenceAround(text, sentences, m.start), m))
      || termEndReported(text, sentenceAround(text, sentences, span.start), span);
    const c = reading && constraintOf(reading, actor, span, ended);
    if (c) {
      out.push(c);
      done.add(actor.id);
    } else fruitless.add(key);
  });
  return out;
}

/** A token no name spans: windows matched in one pass do not run into each other. */
const SEPARATOR = ' ¶ ';

/**
 * The gazetteer's matches in each window, found in one pass over all of them (a pass has a fixed
 * cost). No name spans the separator, so a window's matches are its own: a window repeated (a
 * name said again with the same role) is matched once.
 */
function matchWindows(all: readonly string[], gazetteer: CompiledGazetteer): (readonly NameMatch<NameValue>[])[] {
  const windows = [...new Set(all)];
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
  const byText = new Map(windows.map((w, k) => [w, out[k]!]));
  return all.map((w) => byText.get(w)!);
}

const termOf = (o: Office): DayRange => ({ lo: parseDay(o.from) ?? -Infinity, hi: o.to === null ? Infinity : (parseDay(o.to) ?? Infinity) });

function constraintOf(reading: RoleReading, actor: Actor, span: Span, endReported: boolean): DateConstraint | null {
  const fits = reading.people.map((p) => ({ p, offices: fittingOffices(p, reading) })).filter((x) => x.offices.length > 0);
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
      reason: `names ${who} as ${reading.removed ? 'removed from the office of' : 'former'} ${reading.roleText} (left office ${isoDay(left)}): written after the term`,
      key,
    };
  }
  return {
    kind: 'office',
    allows: endReported ? atLeast(Math.min(...terms.map((t) => t.lo))) : terms,
    weight: WEIGHT.office,
    span,
    reason: `names ${who} as ${reading.roleText} (in office ${termText}${endReported ? '; the text reports the end of the term, so the term does not bound the writing date from above' : ''})`,
    key: `${key}:${actor.id}`,
  };
}
