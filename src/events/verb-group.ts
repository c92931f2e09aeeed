// The verb group of a trigger verb, read leftwards: auxiliaries, negation, modals and the verbs
// that govern it through "to" ("tried to woo", "is about to restore", "has yet to reach").
// It decides voice and modality; who acts is decided elsewhere.
import type { Modality } from '../model/analysis.js';
import type { TaggedToken } from './tag-sentence.js';

export interface VerbGroup {
  /** Index of the group's first token (a governing verb's, when there is one). */
  readonly first: number;
  readonly passive: boolean;
  readonly modality: Modality;
  /** The actor's own commitment ("decided to", "pledged to", "announced … would"): a stated intent. */
  readonly intent: boolean;
  /** Governing verbs, outermost last ("tried to woo" → ["try"]). */
  readonly chain: readonly string[];
  /** The modal auxiliary of the group, lower-case ("would"), if any. */
  readonly modal: string | null;
}

const NEGATION = new Set(['not', "n't", 'never', 'neither', 'nor']);
const FUTURE = new Set(['will', 'shall', "'ll", 'wo']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca', "'d"]);
const ATTEMPT = new Set(['try', 'attempt', 'seek', 'strive', 'endeavour', 'endeavor', 'struggle']);
const PLAN = new Set(['plan', 'intend', 'hope', 'want', 'wish', 'aim', 'prepare', 'consider', 'propose', 'expect',
  'look', 'need', 'mean', 'threaten', 'dream', 'desire', 'long', 'yearn', 'hesitate', 'offer', 'ask', 'urge', 'call']);
// Plans that are the actor's own commitment, not a wish: "is preparing to increase investment".
const OWN_PLAN = new Set(['plan', 'prepare', 'intend']);
const COMMIT = new Set(['decide', 'pledge', 'promise', 'vow', 'agree', 'commit', 'resolve', 'undertake', 'swear']);
const REFUSE = new Set(['refuse', 'fail', 'decline', 'cease', 'stop', 'neglect', 'forget']);
// Verbs after which the action happened: "managed to", "began to", "continued to".
const IMPLICATIVE = new Set(['manage', 'begin', 'start', 'continue', 'go', 'come', 'use', 'dare', 'choose', 'help']);
// "is about to", "is set to", "has yet to", "are due to", "is bound to", "is going to".
const BEFORE_TO = new Map<string, Modality>([
  ['about', 'future'], ['set', 'future'], ['due', 'future'], ['going', 'future'], ['poised', 'future'], ['bound', 'future'],
  ['yet', 'negated'], ['unable', 'negated'], ['likely', 'future'], ['unlikely', 'hypothetical'], ['ready', 'hypothetical'],
  ['way', 'hypothetical'], ['ways', 'hypothetical'], ['plan', 'hypothetical'], ['plans', 'hypothetical'], ['attempt', 'attempted'],
  ['attempts', 'attempted'], ['effort', 'attempted'], ['efforts', 'attempted'], ['bid', 'attempted'], ['order', 'hypothetical'],
  ['able', 'asserted'], ['decision', 'future'],
  // "Kyiv's refusal to talk", "the failure to agree": the act did not happen.
  ['refusal', 'negated'], ['failure', 'negated'],
]);
// "approved a plan to provide", "announced its decision to withdraw": the actor's own commitment.
const ADOPT = new Set(['approve', 'adopt', 'announce', 'unveil', 'endorse', 'finalize', 'finalise', 'make', 'take']);
const COMMITTED_NOUNS = new Set(['plan', 'plans', 'decision']);
const PARTICIPLE = /(?:ed|en|wn|ne|lt|pt|ung|ought|aught|id)$/;

const isAux = (t: TaggedToken): boolean => t.pos === 'AUX';

/** Strength order: a negation anywhere wins; then attempts, hypotheticals, futures. */
function combine(a: Modality, b: Modality): Modality {
  const rank: Record<Modality, number> = { negated: 4, attempted: 3, hypothetical: 2, future: 1, asserted: 0 };
  return rank[a] >= rank[b] ? a : b;
}

/** Whether a verb of adoption governs the noun phrase ending at `i` ("approved a new plan"). */
function adopted(tokens: readonly TaggedToken[], i: number): boolean {
  let j = i;
  while (j >= 0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PRON')) j -= 1;
  return j >= 0 && tokens[j]!.pos === 'VERB' && ADOPT.has(tokens[j]!.lemma);
}

export function verbGroup(tokens: readonly TaggedToken[], trigger: number): VerbGroup {
  let modality: Modality = 'asserted';
  let intent = false;
  let passive = false;
  let first = trigger;
  const chain: string[] = [];
  // The auxiliary right before the trigger decides voice; those beyond a "to" belong to a governing verb.
  let nearestAux: TaggedToken | undefined;
  let crossed = false;
  let modal: string | null = null;
  let i = trigger - 1;
  for (let guard = 0; i >= 0 && guard < 12; guard += 1) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || t.lower === 'also' || t.lower === 'even') { i -= 1; continue; }
    if (NEGATION.has(t.lower) || t.lemma === 'not') { modality = 'negated'; first = i; i -= 1; continue; }
    if (isAux(t) || FUTURE.has(t.lower) || HYPOTHETICAL.has(t.lower)) {
      if (!nearestAux && !crossed) nearestAux = t;
      if ((FUTURE.has(t.lower) || HYPOTHETICAL.has(t.lower)) && !crossed) modal ??= t.lower;
      if (FUTURE.has(t.lower)) modality = combine(modality, 'future');
      else if (HYPOTHETICAL.has(t.lower)) modality = combine(modality, 'hypothetical');
      first = i;
      i -= 1;
      continue;
    }
    if (t.lower === 'to' && chain.length < 3) {
      crossed = true;
      const governor = tokens[i - 1];
      if (!governor) break;
      const fixed = BEFORE_TO.get(governor.lower);
      if (fixed) {
        modality = combine(modality, fixed);
        if (COMMITTED_NOUNS.has(governor.lower)) intent ||= governor.lower === 'decision' || adopted(tokens, i - 2);
        first = i - 1;
        i -= 2;
        continue;
      }
      if (governor.pos === 'VERB') {
        chain.push(governor.lemma);
        if (ATTEMPT.has(governor.lemma)) modality = combine(modality, 'attempted');
        else if (REFUSE.has(governor.lemma)) modality = 'negated';
        else if (COMMIT.has(governor.lemma)) { modality = combine(modality, 'future'); intent = true; }
        else if (PLAN.has(governor.lemma)) { modality = combine(modality, 'hypothetical'); intent = OWN_PLAN.has(governor.lemma); }
        else if (!IMPLICATIVE.has(governor.lemma)) modality = combine(modality, 'hypothetical');
        first = i - 1;
        i -= 2;
        continue;
      }
      // A bare infinitive of purpose or comment ("in order to", "wishful thinking … to turn"): not a reported act.
      modality = combine(modality, 'hypothetical');
      first = i;
      break;
    }
    break;
  }
  const verb = tokens[trigger]!;
  if (nearestAux?.lemma === 'be' || nearestAux?.lemma === 'get') {
    passive = !verb.lower.endsWith('ing') && (verb.lower !== verb.lemma || PARTICIPLE.test(verb.lower));
  }
  return { first, passive, modality, intent, chain, modal };
}
