// Speakers the actors layer does not know, resolved from the document: an office or institution
// with no country ("Vice Foreign Minister Liu Zhenmin", "the ministry", "A Foreign Ministry
// spokesperson") speaks for the country in context — a country named in the phrase (not where the
// speaker is posted: "Ambassador to the United States"), else the nearest state named before it;
// a person named with such a role becomes a person of that country, and a later mention of the
// same surname ("Liu Zhenmin also told", "Rogozin himself") is that person again.
import type { ActorRef, Quote } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { mentionsWithin, type PlacedMention } from './quote-mentions.js';

/** How far back the country in context is looked for. */
const MAX_CONTEXT_CHARS = 1500;

/** Offices and institutions that speak for a government. */
const ROLES = new Set(['minister', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'ambassador', 'representative',
  'envoy', 'department', 'office', 'commission', 'government', 'treasury', 'junta', 'chancellor', 'premier', 'secretary', 'negotiator',
  'diplomat', 'official', 'officials', 'cabinet', 'authorities', 'administration', 'prosecutor', 'ministries', 'delegation', 'embassy',
  'council', 'agency', 'general', 'command', 'army', 'military', 'defence', 'defense', 'navy', 'deputy', 'mfa', 'mid', 'kremlin', 'leadership',
  'head', 'leader', 'committee', 'statement', 'communique', 'declaration', 'resolution', 'mps', 'lawmakers']);
/** Role words that name the same office: "President Aliyev …, the head of state declared". */
const SAME_ROLE: Record<string, string> = { head: 'leader', leader: 'leader', president: 'leader', premier: 'leader', chancellor: 'leader' };
/** Departments: "Foreign Minister Wang Yi" and later "a Foreign Ministry spokesperson" speak for one state. */
const DEPARTMENTS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'commerce', 'trade', 'justice', 'security']);
/** Documents of summits and blocs: a bloc named in context issued them, else a state. */
const DOCUMENTS = new Set(['communique', 'declaration', 'resolution']);
/** Roles whose speaker is the military. */
const MILITARY = new Set(['defence', 'defense', 'general', 'command', 'army', 'military', 'navy']);
/** Collective speakers that stand for an alliance or bloc named before ("the 31 allies", "the member states"). */
const MEMBERS = new Set(['allies', 'members', 'member', 'partners']);
/** Prepositions after which a country is where the speaker is posted, not whom they speak for. */
const POSTED = new Set(['to', 'at']);
const NOT_NAME = new Set(['The', 'A', 'An', 'His', 'Her', 'Its', 'Their', 'Our', 'Major', 'General', 'Lieutenant', 'Colonel', 'Vice', 'Deputy', 'Chief',
  'Foreign', 'Defense', 'Defence', 'Minister', 'Ministry', 'President', 'Prime', 'Ambassador', 'Permanent', 'Representative', 'Spokesman',
  'Spokesperson', 'Spokeswoman', 'Secretary', 'Chancellor', 'Official', 'Senior', 'State', 'Council', 'Affairs', 'Office', 'Department', 'Commerce',
  'Finance', 'Interior', 'Press', 'Military', 'Army', 'Navy', 'Air', 'Force', 'Commander', 'Envoy', 'Special', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep']);

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const isState = (r: ActorRef): boolean => /^[A-Z]{3}$/.test(r.country) && r.code.startsWith(r.country);
const isPersonRef = (r: ActorRef): boolean => r.id.startsWith('person:');
const roleKey = (w: string): string => SAME_ROLE[w] ?? w;
const isBloc = (r: ActorRef): boolean => !r.id.startsWith('person:') && !/^[A-Z]{3}$/.test(r.id);
const slug = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The person's name in a speaker phrase: the last run of two or three capitalised words that are not titles, or one before "himself"/"herself". */
export function personName(phrase: string): string | null {
  const words = [...phrase.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index }));
  let best: string | null = null;
  for (let i = 0; i < words.length; i += 1) {
    const run: string[] = [];
    let j = i;
    while (j < words.length && /^\p{Lu}/u.test(words[j]!.text) && !NOT_NAME.has(words[j]!.text) && run.length < 3) {
      // A run stops at a comma: "Chen Binhua, spokesperson of …".
      if (run.length && /,/.test(phrase.slice(words[j - 1]!.at, words[j]!.at))) break;
      run.push(words[j]!.text);
      j += 1;
    }
    const reflexive = run.length === 1 && /^(?:himself|herself)$/i.test(words[j]?.text ?? '');
    if (run.length >= 2 || reflexive) best = run.join(' ');
    i = Math.max(i, j - 1);
  }
  return best;
}

/**
 * The state (or, for members, the bloc) in context before `pos`: the one named most often within
 * reach, the nearest at a tie — a single nearby mention is often a place or a third party
 * ("jets from RAF Akrotiri in Cyprus"), the country a passage is about recurs.
 */
function contextActor(mentions: readonly PlacedMention[], pos: number, members: boolean): ActorRef | null {
  const near = mentionsWithin(mentions, { start: Math.max(0, pos - MAX_CONTEXT_CHARS), end: pos });
  const tally = new Map<string, { ref: ActorRef; n: number; last: number }>();
  near.forEach((m, i) => {
    const ref = m.actors.find((a) => (members ? isBloc(a) : isState(a)));
    if (!ref) return;
    const key = members ? ref.id : ref.country;
    const t = tally.get(key) ?? { ref, n: 0, last: i };
    t.n += 1;
    t.last = i;
    tally.set(key, t);
  });
  let best: { ref: ActorRef; n: number; last: number } | undefined;
  for (const t of tally.values()) if (!best || t.n > best.n || (t.n === best.n && t.last > best.last)) best = t;
  return best?.ref ?? null;
}

/** A country named in the speaker phrase itself, unless after "to"/"at" ("Ambassador to the United States"). */
function countryInPhrase(text: string, mentions: readonly PlacedMention[], span: { start: number; end: number }): ActorRef | null {
  for (const m of mentionsWithin(mentions, span)) {
    const before = /([\p{L}]+)\s+(?:the\s+)?$/u.exec(text.slice(span.start, m.start))?.[1]?.toLowerCase();
    if (before && POSTED.has(before)) continue;
    // "the Taiwan Affairs Office": a name inside a longer name.
    if (/^\s+\p{Lu}/u.test(text.slice(m.end, span.end))) continue;
    const ref = m.actors.find(isState);
    if (ref) return ref;
  }
  return null;
}

const GOVERNING = new Set(['in', 'from', 'to', 'at', 'with', 'against', 'on', 'into', 'near', 'over', 'of', 'by', 'for', 'toward', 'towards', 'between']);

/**
 * The subject-like state of the sentences before `pos`, nearest sentence first: the first state
 * named in each that no preposition governs ("Four RAF jets from … in Cyprus used …, the
 * Ministry of Defence said": the RAF's country, not Cyprus).
 */
function subjectState(text: string, sentences: readonly Span[], mentions: readonly PlacedMention[], pos: number, fits: (r: ActorRef) => boolean = isState): ActorRef | null {
  let k = sentences.findIndex((s) => s.end > pos);
  if (k < 0) k = sentences.length - 1;
  for (let n = 0; k >= 0 && n < SUBJECT_SENTENCES; k -= 1, n += 1) {
    const s = sentences[k]!;
    for (const m of mentionsWithin(mentions, { start: s.start, end: Math.min(s.end, pos) })) {
      const before = /([\p{L}]+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(s.start, m.start - 40), m.start))?.[1]?.toLowerCase();
      if (before && GOVERNING.has(before)) continue;
      const ref = m.actors.find(fits);
      if (ref) return ref;
    }
  }
  return null;
}

/** How many sentences back a subject is looked for. */
const SUBJECT_SENTENCES = 2;

/** The quotes with unresolved named or role speakers resolved from the document. */
export function resolveContextSpeakers(text: string, quotes: readonly Quote[], mentions: readonly PlacedMention[], sentences: readonly Span[] = []): Quote[] {
  const order = quotes.map((_, i) => i).sort((a, b) => (quotes[a]!.speakerSpan?.start ?? 0) - (quotes[b]!.speakerSpan?.start ?? 0));
  const out = [...quotes];
  const people = new Map<string, ActorRef>();
  const roles = new Map<string, ActorRef>();
  const remember = (phrase: string, ref: ActorRef): void => {
    for (const w of (phrase.match(WORD) ?? []).map((x) => x.toLowerCase())) if (ROLES.has(w) || DEPARTMENTS.has(w)) roles.set(roleKey(w), ref);
  };
  for (const i of order) {
    const q = out[i]!;
    if (!q.speakerSpan || q.speakerText === null) continue;
    const name = personName(q.speakerText);
    const surname = name?.split(' ').at(-1);
    if (q.speaker) {
      // Either end of the name may be the family name later ("Ri Yong Ho" … "Ri stressed").
      if (name && q.speaker.id.startsWith('person:')) for (const part of new Set([name.split(' ')[0]!, surname!])) people.set(part, q.speaker);
      remember(q.speakerText, q.speaker);
      continue;
    }
    const known = surname ? people.get(surname) : people.get(q.speakerText.trim());
    if (known) { out[i] = { ...q, speaker: known }; continue; }
    // "It said that …", "They demanded …": the body or group the sentences before are about.
    if (/^(?:it|they|them|their)$/i.test(q.speakerText.trim())) {
      const ref = subjectState(text, sentences, mentions, q.speakerSpan.start, (r) => !isPersonRef(r));
      if (ref) out[i] = { ...q, speaker: ref };
      continue;
    }
    const words = (q.speakerText.match(WORD) ?? []).map((w) => w.toLowerCase());
    const members = words.some((w) => MEMBERS.has(w));
    if (!members && !words.some((w) => ROLES.has(w))) continue;
    // "the spokesperson", "the ministry": the last speaker with that role.
    // "the head of state", "the ministry": a definite role with no name is the last speaker in that role.
    const definite = /^the(?:\s+\p{Ll}+)+$/u.test(q.speakerText.trim().replace(/^The/, 'the'))
      ? words.map((w) => roles.get(roleKey(w))).find((r) => r !== undefined) : undefined;
    if (definite) { out[i] = { ...q, speaker: definite }; continue; }
    const inPhrase = members ? null : countryInPhrase(text, mentions, q.speakerSpan);
    // A named person's country comes from the passage; an unnamed office's department may match one quoted before.
    const department = name ? undefined : words.map((w) => (DEPARTMENTS.has(w) ? roles.get(w) : undefined)).find((r) => r !== undefined);
    const document = words.some((w) => DOCUMENTS.has(w)) ? contextActor(mentions, q.speakerSpan.start, true) : null;
    // "The Group of Seven … its members promised": the bloc the sentences are about, else the one named most.
    const country = members ? subjectState(text, sentences, mentions, q.speakerSpan.start, isBloc) ?? contextActor(mentions, q.speakerSpan.start, true)
      : inPhrase ?? department ?? document ?? subjectState(text, sentences, mentions, q.speakerSpan.start) ?? contextActor(mentions, q.speakerSpan.start, false);
    if (!country) continue;
    let ref: ActorRef;
    if (members || (document && country === document)) ref = country;
    else {
      const code = `${country.country}${words.some((w) => MILITARY.has(w)) ? 'MIL' : 'GOV'}`;
      ref = name ? { id: `person:${slug(name)}`, country: country.country, code } : { id: country.country, country: country.country, code };
    }
    if (name && surname) people.set(surname, ref);
    remember(q.speakerText, ref);
    out[i] = { ...q, speaker: ref };
  }
  return out;
}
