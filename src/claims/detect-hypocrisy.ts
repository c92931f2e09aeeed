// Appeal to hypocrisy (tu quoque) and whataboutism: attacking a critic's standing instead of the
// criticism, or turning to someone else's wrongs.
// - "X is not qualified / in no position / has no right to criticise (others)": the flag spans
//   the whole judgement, from its subject X to its object; structural when X is an actor;
// - "(he) forgot that X is an expert in …": ironic reminder of the critic's own record;
// - "… X itself has …" near an accusation: the accuser does the same;
// - whataboutism: the author's own question "(But) what about X?" naming an actor.
// Word cues ("who are you to", "double standards", "look who's talking", "does the same") come
// from the cue list and merge with these flags where they overlap.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { clauseStartBefore, findAhead, mentionsIn } from './technique-clause.js';
import { finalMark, perSentence, type TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';

const STANDING = new Set(['qualified', 'position', 'right', 'qualification', 'qualifications', 'entitled', 'standing']);
const NEGATION = new Set(['not', 'no', 'never', 'hardly', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", 'lacks', 'lack']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't"]);
const CRITICISE = new Set([
  'criticize', 'criticise', 'lecture', 'judge', 'accuse', 'blame', 'preach', 'condemn', 'point', 'teach', 'moralize',
  'moralise', 'comment', 'talk', 'speak', 'tell', 'denounce', 'question', 'attack', 'reproach',
]);
const OBJECT = new Set(['others', 'anyone', 'anybody', 'us', 'them', 'him', 'her', 'it', 'fingers']);
const FORGOT = new Set(['forgot', 'forget', 'forgets', 'forgotten', 'forgetting']);
const EXPERT = new Set(['expert', 'master', 'champion', 'pioneer', 'veteran', 'past-master', 'specialist', 'professional']);
const ITSELF = new Set(['itself', 'themselves', 'himself', 'herself']);
const ACCUSATION = /\b(?:accus|criticiz|criticis|condemn|blam|lectur|preach|denounc|slander|smear)\w*/i;

function standing(ctx: TechniqueContext, i: number): Candidate | null {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const verb = tokens[i + 2];
  if (tokens[i + 1]?.norm !== 'to' || !verb || verb.sentence !== t.sentence || !CRITICISE.has(verb.norm)) return null;
  let neg = -1;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (NEGATION.has(tokens[k]!.norm) && tokens[k]!.sentence === t.sentence) { neg = k; break; }
  if (neg < 0) return null;
  const before = tokens[neg - 1]?.norm === 'in' ? neg - 2 : neg - 1; // "is in no position to"
  const copula = COPULA.has(tokens[neg]!.norm) ? neg : COPULA.has(tokens[before]?.norm ?? '') ? before : -1;
  if (copula < 0) return null;
  const from = clauseStartBefore(ctx, copula);
  let last = i + 3;
  const obj = ctx.mentionAt.get(last);
  if (obj && tokens[obj.first]!.sentence === t.sentence) last = obj.last;
  else if (tokens[last] && tokens[last]!.sentence === t.sentence && OBJECT.has(tokens[last]!.norm)) last += 1;
  const start = from < copula ? tokens[from]!.start : tokens[copula]!.start;
  const span = { start, end: tokens[last - 1]!.end };
  const phrase = `"${tokens.slice(neg, i + 3).map((x) => x.norm).join(' ')}"`;
  const actor = mentionsIn(ctx, from, copula)[0];
  if (!actor) return { technique: 'appeal_to_hypocrisy', ...span, cue: phrase, confidence: 0.35, structural: false };
  return structuralCandidate(ctx.text, 'appeal_to_hypocrisy', span, `${phrase} + actor subject (${actor.actor.id})`, 0.6);
}

function forgotExpert(ctx: TechniqueContext, i: number): Candidate | null {
  const { tokens } = ctx;
  if (tokens[i + 1]?.norm !== 'that') return null;
  const expert = findAhead(ctx, i + 2, EXPERT, 12);
  if (expert < 0) return null;
  const copula = findAhead(ctx, i + 2, COPULA, expert - i - 2);
  if (copula < 0) return null;
  const s = ctx.sentences[tokens[i]!.sentence]!;
  const span = withoutFinalStop(ctx.text, { start: tokens[i]!.start, end: s.end });
  const actor = mentionsIn(ctx, i + 2, copula)[0];
  const cue = `"${tokens[i]!.norm} that … ${tokens[expert]!.norm}" (ironic reminder)`;
  return structuralCandidate(ctx.text, 'appeal_to_hypocrisy', span, actor ? `${cue} + actor (${actor.actor.id})` : cue, actor ? 0.55 : 0.45);
}

function accuserItself(ctx: TechniqueContext, i: number, accusation: (sentence: number) => boolean): Candidate | null {
  const m = ctx.mentionAt.get(i);
  const next = m ? ctx.tokens[m.last] : undefined;
  if (!m || !next || next.sentence !== ctx.tokens[i]!.sentence || !ITSELF.has(next.norm)) return null;
  const sentence = next.sentence;
  const s = ctx.sentences[sentence]!;
  if (!accusation(sentence) && !(sentence > 0 && accusation(sentence - 1))) return null;
  return structuralCandidate(ctx.text, 'appeal_to_hypocrisy', withoutFinalStop(ctx.text, { start: m.start, end: s.end }), `accuser "${next.norm}" (${m.actor.id})`, 0.45);
}

function whatAbout(ctx: TechniqueContext, sentence: number): Candidate | null {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  let k = from;
  while (k < to && (ctx.tokens[k]!.quote || ctx.tokens[k]!.norm === 'and' || ctx.tokens[k]!.norm === 'but')) k++;
  if (ctx.tokens[k]?.norm !== 'what' || ctx.tokens[k + 1]?.norm !== 'about') return null;
  const s = ctx.sentences[sentence]!;
  if (finalMark(ctx.text, s) !== '?') return null;
  const actor = mentionsIn(ctx, k + 2, to)[0];
  if (!actor) return null;
  return structuralCandidate(ctx.text, 'whataboutism', s, `"what about" question turning to ${actor.actor.id}`, 0.45);
}

export function detectHypocrisy(ctx: TechniqueContext): Candidate[] {
  const out: (Candidate | null)[] = [];
  const accusation = perSentence((k) => {
    const s = ctx.sentences[k]!;
    return ACCUSATION.test(ctx.text.slice(s.start, s.end));
  });
  ctx.tokens.forEach((t, i) => {
    if (STANDING.has(t.norm)) out.push(standing(ctx, i));
    else if (FORGOT.has(t.norm)) out.push(forgotExpert(ctx, i));
    if (ctx.mentionAt.has(i)) out.push(accuserItself(ctx, i, accusation));
  });
  ctx.sentences.forEach((_, i) => out.push(whatAbout(ctx, i)));
  return out.filter((c): c is Candidate => c !== null);
}

export const hypocrisyDetector: TechniqueDetector = { name: 'hypocrisy', detect: detectHypocrisy };
