// Subjects that are not a slot right before the verb: an unresolved pronoun (the speaker of a
// reported clause, the sentence's earlier subject, the previous sentence's topic), the subject a
// gerund clause shares with its main clause, and copulas that close a clause.
import type { ActorRef } from '../model/analysis.js';
import { findSubject } from './find-subject.js';
import { numberWord } from './number-words.js';
import { isRelative } from './predicates.js';
import type { ActorSlot, SentenceView } from './sentence-view.js';
import type { TaggedToken } from './tag-sentence.js';
import { verbGroup } from './verb-group.js';

/** Who a predicate's subject names; `at` is its first token when it is in this sentence. */
export interface Subject { readonly actors: readonly ActorRef[]; readonly at: number | null }

// "we" is the speaker's side: the quoted leader, or the sentence's own subject.
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);

export const fromSlots = (slots: readonly ActorSlot[]): Subject => ({ actors: slots.flatMap((s) => s.actors), at: slots[0]!.from });

/** An auxiliary used as the main verb: no verb follows it in its group ("is wishful thinking"). */
export function isCopula(tokens: readonly TaggedToken[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j += 1) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return true;
  }
  return true;
}

const PARTIES = new Set(['countries', 'states', 'nations', 'governments']);

/** "the four countries" ending at `i`: how many parties it counts (two or more), else null. */
function countedParties(v: SentenceView, i: number): number | null {
  const n = numberWord(v.tokens[i - 1]?.lower ?? '');
  return PARTIES.has(v.tokens[i]!.lower) && v.tokens[i - 2]?.lower === 'the' && n !== undefined && n > 1 ? n : null;
}

/**
 * An unresolved "it"/"they" right before the verb group: the speaker of a reported clause, else
 * the previous topic; "the four countries": the sentence's earlier subject, else the previous
 * topic, when it names as many countries.
 */
export function pronounSubject(v: SentenceView, first: number, speaker: Subject | null, local: Subject | null, topic: Subject | null): Subject | null {
  let i = first - 1;
  while (i >= 0 && v.tokens[i]!.pos === 'ADV') i -= 1;
  const t = v.tokens[i];
  if (t && v.slotAt[i]! < 0) {
    const counted = countedParties(v, i);
    const earlier = local ?? topic;
    if (counted) return earlier && new Set(earlier.actors.map((a) => a.country)).size === counted ? { actors: earlier.actors, at: null } : null;
  }
  if (!t || !PRONOUNS.has(t.lower) || v.slotAt[i]! >= 0) return null;
  const lead = v.tokens[i - 1];
  const fits = agrees(t.lower);
  if (speaker && lead && (lead.lower === 'that' || lead.pos === 'VERB')) return fits(speaker);
  // "Zarif started a tour: he met …": the sentence's own earlier subject, else the last sentence's.
  if (local) return fits(local);
  return i === 0 || lead?.pos === 'ADV' || lead?.text === ',' ? topic && fits(topic) : null;
}

/**
 * "he" and "she" are people: a state, IGO or bloc itself (its id is its country code) is no
 * antecedent; people, role phrases ("the Ukrainian foreign minister" is UKRGOV) and bodies may be.
 */
const agrees = (pronoun: string) => (s: Subject): Subject | null => {
  if (pronoun !== 'he' && pronoun !== 'she') return { actors: s.actors, at: null };
  const people = s.actors.filter((a) => a.id !== a.country);
  return people.length ? { actors: people, at: null } : null;
};

/** A gerund clause's subject: an actor before its preposition ("Sánchez, after meeting …"), else the next clause's. */
export function gerundSubject(v: SentenceView, prep: number, limit: number, next: number | undefined): Subject | null {
  const before = findSubject(v, prep, limit);
  if (before && before !== 'coordinated') return fromSlots(before);
  if (next === undefined) return null;
  const after = findSubject(v, verbGroup(v.tokens, next).first, prep);
  return after && after !== 'coordinated' ? fromSlots(after) : null;
}

/**
 * "Pence, whose country is not a member, met …", "businessmen who came to a fair were detained":
 * when the clause before the verb (its last predicate at `limit`) is a relative clause, the verb's
 * subject is the clause's antecedent — unless a slot set off after the clause is the subject
 * ("a jet which violated its airspace, Ankara said"). `found`: the subject found the usual way.
 */
export function antecedentSubject(v: SentenceView, first: number, limit: number, found: readonly ActorSlot[] | null): ActorSlot[] | null {
  if (limit < 0 || v.tokens[first - 1]?.pos === 'CCONJ') return null;
  let r = limit - 1;
  while (r > limit - 4 && r >= 0 && !isRelative(v.tokens[r]) && v.tokens[r]!.pos !== 'PUNCT') r -= 1;
  if (r < 0 || !isRelative(v.tokens[r])) return null;
  const head = found?.[0];
  if (head && (head.from < r || v.tokens.slice(r, head.from).some((t) => t.text === ','))) return null;
  const antecedent = findSubject(v, r + 1, -1);
  return antecedent && antecedent !== 'coordinated' ? antecedent : null;
}
