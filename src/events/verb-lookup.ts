// Finding a verb's trigger in spite of the tagger: inflected and prefixed forms ("re-imposes"),
// -ing forms it left as nouns ("after meeting Xi"), present tenses it read as nouns ("Venezuela
// breaks all relations"), and the object noun that carries a light verb's event.
import { createRequire } from 'node:module';
import type { TriggerLookup } from './coded-event.js';
import { GERUND_PREPS } from './predicates.js';
import type { SentenceView } from './sentence-view.js';
import type { TaggedToken } from './tag-sentence.js';
import type { Trigger } from './trigger-schema.js';

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
// Verbs whose object noun carries the event ("took action", "held talks", "launched an offensive").
const LIGHT = new Set(['take', 'make', 'hold', 'launch', 'carry', 'conduct', 'stage', 'mount', 'wage', 'give', 'deliver', 'extend',
  'offer', 'issue', 'impose', 'begin', 'start', 'continue', 'resume', 'step', 'pay', 'have', 'lodge', 'file', 'list', 'present',
  'put', 'set', 'level', 'unleash', 'initiate', 'undertake', 'perform', 'announce', 'declare', 'order', 'approve', 'adopt',
  'sign', 'open', 'send', 'provide', 'intensify', 'escalate', 'expand', 'increase', 'do', 'get', 'receive', 'keep', 'pursue']);

// The tagger lemmatises a verb only when it tags it as one; for an irregular past it read as a noun
// ("fighters shot down") its own lemma table, WordNet's verb exceptions, gives the verb.
const IRREGULAR = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Readonly<Record<string, string>>;
const irregular = (dict: TriggerLookup, word: string): Trigger | undefined => {
  const lemma = IRREGULAR[word];
  return lemma ? dict.verb(lemma) : undefined;
};
// Particles of phrasal verbs ("shot down a drone", "cut off supplies").
const PARTICLES = new Set(['down', 'off', 'up', 'out', 'back']);

/** "meeting" → meet, "making" → make, "stopping" → stop: for -ing forms the tagger left as nouns. */
function ingStem(dict: TriggerLookup, word: string): Trigger | undefined {
  const stem = word.slice(0, -3);
  return dict.verb(stem) ?? dict.verb(`${stem}e`) ?? (/(.)\1$/.test(stem) ? dict.verb(stem.slice(0, -1)) : undefined);
}

/** The verb's trigger; "re-imposes", "reimposed" are the trigger of "impose". */
export function lookupVerb(dict: TriggerLookup, t: TaggedToken): Trigger | undefined {
  const found = dict.form?.(t.lower) ?? dict.verb(t.lemma) ?? dict.verb(t.lower) ?? (t.lower.endsWith('ing') ? ingStem(dict, t.lower) : undefined)
    ?? (t.pos === 'VERB' ? undefined : irregular(dict, t.lower));
  if (found || !/^re-?/.test(t.lemma)) return found;
  const bare = t.lemma.replace(/^re-?/, '');
  return dict.verb(bare) ?? dict.verb(bare.replace(/(?:ed|es|s|ing)$/, '')) ?? dict.verb(bare.replace(/(?:d|s)$/, ''));
}

/**
 * The tagger reads some present-tense verbs after a name as nouns ("Venezuela breaks all
 * relations", "China and Russia aid Iran"): a trigger verb right after an actor and before a
 * determiner, an adjective or another actor is taken as the verb it is.
 */
export function mistaggedVerb(v: SentenceView, dict: TriggerLookup, i: number): boolean {
  const t = v.tokens[i]!;
  const next = v.tokens[i + 1];
  if (v.slotAt[i]! >= 0 || i === 0 || !next) return false;
  // ", striking the positions of …": an -ing clause after a comma the tagger read as an adjective
  if ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.lower.endsWith('ing') && v.tokens[i - 1]!.text === ',' && (next.pos === 'DET' || v.slotAt[i + 1]! >= 0)) return !!ingStem(dict, t.lower);
  if (t.pos !== 'NOUN') return false;
  // "after meeting Xi Jinping": a gerund the tagger read as a noun
  if (t.lower.endsWith('ing') && GERUND_PREPS.has(v.tokens[i - 1]!.lower) && v.slotAt[i + 1]! >= 0) return !!ingStem(dict, t.lower);
  // "withdraws from the deal and re-imposes all the sanctions", "and bans its exports": a present tense after "and"
  const determined = next.pos === 'DET' || POSSESSIVES.has(next.lower);
  if (v.tokens[i - 1]!.lower === 'and' && /[^s]s$/.test(t.lower) && determined && i > 1 && v.tokens[i - 2]!.pos !== 'DET') return !!lookupVerb(dict, t);
  // "a resolution which caps the imports", "Resolution 2417, which bans arms exports": a present
  // tense right after a relative pronoun that follows its antecedent (not "in which", "which talks").
  const relative = v.tokens[i - 1]!;
  const antecedent = v.tokens[i - 2];
  const afterNoun = !!antecedent && (antecedent.text === ',' || ['NOUN', 'PROPN', 'NUM'].includes(antecedent.pos));
  const objectLike = determined || next.pos === 'NOUN' || next.pos === 'ADJ';
  if ((relative.lower === 'which' || (relative.lower === 'that' && relative.pos !== 'SCONJ')) && afterNoun && /[^s]s$/.test(t.lower) && objectLike) return !!lookupVerb(dict, t);
  if (v.slotAt[i - 1]! < 0) return false;
  // "fighters shot down a drone": a particle may stand between the verb and its object.
  const o = PARTICLES.has(next.lower) ? i + 2 : i + 1;
  const object = v.tokens[o];
  if (!object || !(object.pos === 'DET' || object.pos === 'ADJ' || object.pos === 'NUM' || v.slotAt[o]! >= 0)) return false;
  return !!(dict.verb(t.lemma) ?? dict.verb(t.lower.replace(/e?s$/, '')) ?? dict.verb(t.lower.replace(/s$/, '')) ?? irregular(dict, t.lower));
}

/** Whether a verb lends its event to its object noun. */
export const isLightVerb = (t: TaggedToken): boolean => LIGHT.has(t.lemma);

/** The light-verb reading: the first noun after the verb that is a trigger ("launched an offensive against"). */
export function objectNoun(v: SentenceView, dict: TriggerLookup, p: number, end: number): { at: number; trigger: Trigger } | null {
  for (let i = p + 1; i < Math.min(end, p + 6); i += 1) {
    const t = v.tokens[i]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      const trigger = dict.noun(t.lemma) ?? dict.noun(t.lower);
      if (trigger) return { at: i, trigger };
      if (v.tokens[i + 1]?.pos !== 'NOUN') return null;
    } else if (t.text === '-' && v.tokens[i - 1]?.end === t.start) continue; // "live-fire exercises"
    else if (POSSESSIVES.has(t.lower)) continue; // "started its investigation"
    else if (!['DET', 'ADJ', 'NUM', 'ADV', 'ADP', 'PART'].includes(t.pos) || (t.pos === 'ADP' && i > p + 1)) return null;
  }
  return null;
}
