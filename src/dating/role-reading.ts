// Reading the role words next to a person's name: which office ("Prime Minister", a role phrase
// of data/actors/roles.json, or one of the person's own office titles such as "Speaker of the
// House", also as "House Speaker"), of which country ("British", "North Korea's", "US"), and
// whether the holder is named as a former one. Three kinds of window are read:
// - `inside`: the mention the actors layer gives, role words before the name ("Chancellor Scholz");
// - `lead`: the words right before the mention, when the actors layer did not take them in
//   ("US House Speaker Pelosi"): the role must end where the name begins;
// - `apposition`: ", the British prime minister," after or before the name: nothing but the
//   role, its country and filler words.
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import type { NameValue, Office, PersonEntry, RoleEntry } from '../actors/actor-value.js';
import type { NameMatch } from '../actors/name-matcher.js';
import type { Span } from '../model/span.js';

export type WindowKind = 'inside' | 'lead' | 'apposition';

export interface RoleReading {
  readonly people: readonly PersonEntry[];
  readonly roles: readonly RoleEntry[];
  /** The role words as written, country included ("British Prime Minister"). */
  readonly roleText: string;
  /** Where the role words (country included) start in the window. */
  readonly roleStart: number;
  readonly countries: readonly string[];
  readonly former: boolean;
  /** Named as removed from the office ("ousted President X"): a former holder too. */
  readonly removed: boolean;
}

/** Words that may stand in a role apposition besides the role and its country. */
const FILLER = new Set(['the', 'a', 'an', 'of', "'s", '’s', 's', 'then', 'former', 'ex', '-', 'current', 'incumbent', 'sitting', 'acting', 'outgoing']);
/** Before the role, up to two words between ("former British Prime Minister"). */
const PAST_HOLDER = /\b(?:former|ex|onetime|one-time|erstwhile|previous)[\s-]+(?:[^\s,.;:]+\s+){0,2}$/i;
/** Right before the role, a word of removal: "the coup removed President X", "ousted Prime Minister Y" — the term has ended. */
const REMOVED = /\b(?:ousted|deposed|overthrown|overthrew|toppled|removed|unseated|dismissed|sacked)\s+(?:the\s+)?(?:[^\s,.;:]+\s+){0,2}$/i;
const NOT_NOW = /\b(?:then|late|future|would-be|next)[\s-]+(?:[^\s,.;:]+\s+){0,2}$/i;
const NOT_YET = /^[\s-]*(?:elect|designate|nominee|candidate|hopeful)\b/i;

const values = <K extends NameValue['type']>(m: NameMatch<NameValue>, type: K): Extract<NameValue, { type: K }>[] =>
  m.values.filter((v): v is Extract<NameValue, { type: K }> => v.type === type);

const countryOf = (m: NameMatch<NameValue>): string | null => {
  const v = m.values.find((x) => x.type === 'actor' || x.type === 'demonym');
  return v && (v.type === 'actor' || v.type === 'demonym') ? v.actor.country : null;
};

const isPersonRole = (m: NameMatch<NameValue>): boolean => values(m, 'role').some((v) => v.role.refersTo === 'person');

export const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** A title as written and turned round: "Speaker of the House" is also "House Speaker". */
export function titleForms(title: string): string[] {
  const m = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(title);
  return m ? [title, `${m[2]} ${m[1]}`] : [title];
}

/** Where in `text` (ending at `end`) one of the people's office titles ends; the longest one. */
function titleBefore(text: string, end: number, people: readonly PersonEntry[]): Span | null {
  const before = norm(text.slice(0, end));
  let best = 0;
  for (const p of people) {
    for (const o of p.offices) {
      for (const form of o.title ? titleForms(o.title) : []) {
        const t = norm(form);
        if (t.length > best && before.endsWith(t) && (before.length === t.length || before[before.length - t.length - 1] === ' ')) best = t.length;
      }
    }
  }
  if (best === 0) return null;
  // Back to raw offsets: count the same number of non-space characters from the end.
  let need = norm(text.slice(0, end)).slice(-best).replace(/ /g, '').length;
  let start = end;
  while (start > 0 && need > 0) if (!/\s/.test(text[--start]!)) need -= 1;
  return { start, end };
}

/** The country named right before the role ("British", "North Korea's"), walking back over adjacent ones. */
function countriesBefore(window: string, matches: readonly NameMatch<NameValue>[], at: number): string[] {
  const out: string[] = [];
  let edge = at;
  for (const m of [...matches].reverse()) {
    if (m.end > edge || window.slice(m.end, edge).trim() !== '') continue;
    const c = countryOf(m);
    if (!c) break;
    out.push(c);
    edge = m.start;
  }
  return out;
}

/**
 * The role a window names for one of `people`. `lead` is the text just before the window
 * ("Former ", "then-"): a former holder, or not a present one.
 */
export function readRole(window: string, kind: WindowKind, matches: readonly NameMatch<NameValue>[], people: readonly PersonEntry[], lead: string, gazetteer: CompiledGazetteer): RoleReading | null {
  const nameAt = kind === 'inside' ? matches.findIndex((m) => values(m, 'person').some((v) => people.some((p) => p.id === v.person.id))) : -1;
  if (kind === 'inside' && nameAt < 0) return null;
  const roleEnd = kind === 'inside' ? matches[nameAt]!.start : window.trimEnd().length;
  const candidates = kind === 'inside' ? matches.slice(0, nameAt) : matches.filter((m) => values(m, 'person').length === 0);
  if (kind === 'apposition') {
    const covered = window.split('');
    for (const m of candidates) covered.fill(' ', m.start, m.end);
    if (candidates.length !== matches.length || covered.join('').toLowerCase().split(/\s+/).some((w) => w !== '' && !FILLER.has(w))) return null;
  }
  let roleMatch = [...candidates].reverse().find(isPersonRole);
  // In a lead window the role must touch the name: "President-elect" ends before it does.
  if (roleMatch && kind === 'lead' && window.slice(roleMatch.end, roleEnd).trim() !== '') roleMatch = undefined;
  const named = kind === 'inside' ? [...new Map(values(matches[nameAt]!, 'person').map((v) => [v.person.id, v.person])).values()] : people;
  const span: Span | null = roleMatch ?? titleBefore(window, roleEnd, named);
  if (!span) return null;
  const prefix = lead + window.slice(0, span.start);
  if (NOT_NOW.test(prefix) || NOT_YET.test(window.slice(span.end))) return null;
  let roleWords = window.slice(span.start, span.end);
  let roles = roleMatch ? values(roleMatch, 'role').map((v) => v.role) : [];
  const removed = REMOVED.test(prefix);
  let former = PAST_HOLDER.test(prefix) || removed;
  // "former Prime Minister" is a role phrase of its own (ELI); its office is the one after "former".
  const stripped = /^(?:former|ex)[\s-]+/i.exec(roleWords);
  if (stripped) {
    former = true;
    roleWords = roleWords.slice(stripped[0].length);
    roles = gazetteer.matcher.match(roleWords).filter(isPersonRole).flatMap((m) => values(m, 'role').map((v) => v.role));
  }
  const countries = countriesBefore(window, candidates, span.start);
  const first = Math.min(span.start, ...candidates.filter((m) => countries.includes(countryOf(m) ?? '') && m.end <= span.start).map((m) => m.start));
  return {
    people: named,
    roles: roles.filter((r) => r.refersTo === 'person'),
    roleText: window.slice(first, span.end).replace(/^(?:the\s+)?(?:former|ex)[\s-]+/i, '').replace(/^the\s+/i, ''),
    roleStart: first,
    countries,
    former,
    removed,
  };
}

/**
 * The offices of a person the role words fit (kind of office or title, and country when one is
 * named). Offices whose title the words name win over those that only share the kind: "Russian
 * President Putin" is his presidencies, not his premierships.
 */
export function fittingOffices(p: PersonEntry, reading: RoleReading): Office[] {
  const words = norm(reading.roleText);
  const titled = (o: Office): boolean => o.title !== undefined && titleForms(o.title).some((t) => words.endsWith(norm(t)));
  const fits = p.offices.filter((o) => (reading.roles.some((r) => r.offices.includes(o.role)) || titled(o))
    && (reading.countries.length === 0 || reading.countries.includes(o.country)));
  const byTitle = fits.filter(titled);
  return byTitle.length ? byTitle : fits;
}
