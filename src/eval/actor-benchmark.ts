import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { actorsStage } from '../actors/actors-stage.js';
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import { DataFileError } from '../core/errors.js';
import { emptyMeta } from '../extract/extracted.js';
import { segment } from '../text/segment.js';

// Mention-level scoring of actor resolution on annotated sentences: a system mention is right
// when it overlaps a gold mention and names the same actor; "the two countries" counts as one
// mention of the pair (`pair:A+B`).

const goldMention = z.object({
  text: z.string().min(1), id: z.string().min(1), code: z.string().optional(),
  occurrence: z.number().int().positive().optional(),
  /** Offsets into the sentence; when given they win over `occurrence`. */
  start: z.number().int().nonnegative().optional(), end: z.number().int().positive().optional(),
}).loose();
const goldSentence = z.object({ id: z.string(), date: z.string().nullable().optional(), text: z.string(), mentions: z.array(goldMention) }).loose();
type GoldSentence = z.infer<typeof goldSentence>;

export interface ActorScore { sentences: number; gold: number; system: number; correctSystem: number; correctGold: number; precision: number; recall: number; errors: string[] }

export function readActorSentences(file: string): GoldSentence[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const r = goldSentence.safeParse(JSON.parse(line));
    if (!r.success) throw new DataFileError(`${file}:${i + 1}`, z.prettifyError(r.error));
    return [r.data];
  });
}

interface Unit { start: number; end: number; id: string; code: string; text: string }

function goldUnits(s: GoldSentence): Unit[] {
  return s.mentions.flatMap((m) => {
    if (m.start !== undefined && m.end !== undefined) return [{ start: m.start, end: m.end, id: m.id, code: m.code ?? m.id, text: m.text }];
    let at = -1;
    for (let n = 0; n < (m.occurrence ?? 1); n++) at = s.text.indexOf(m.text, at + 1);
    return at < 0 ? [] : [{ start: at, end: at + m.text.length, id: m.id, code: m.code ?? m.id, text: m.text }];
  });
}

function systemUnits(s: GoldSentence, g: CompiledGazetteer): Unit[] {
  const { sentences } = segment(s.text);
  const meta = { ...emptyMeta(), published: s.date ?? null };
  const { actors } = actorsStage(g).run({ text: s.text, sentences, paragraphs: [], meta, removed: [], diagnostics: [] });
  const bySpan = new Map<string, Unit>();
  for (const a of actors) {
    for (const m of a.mentions) {
      // Members acting through their group are derived from the group's mention, scored once.
      if (m.via) continue;
      const key = `${m.start}:${m.end}`;
      const u = bySpan.get(key);
      bySpan.set(key, u ? { ...u, id: `pair:${[...u.id.replace(/^pair:/, '').split('+'), a.id].sort().join('+')}`, code: 'pair' } : { start: m.start, end: m.end, id: a.id, code: a.code, text: m.text });
    }
  }
  return [...bySpan.values()];
}

const overlaps = (a: Unit, b: Unit): boolean => a.start < b.end && b.start < a.end;

/**
 * Same actor: the same id; or the gold names an official by code only (not in the annotator's
 * list of people) and the system found that official in its dictionary with that code.
 */
const same = (sys: Unit, gold: Unit): boolean =>
  sys.id === gold.id || (!gold.id.includes(':') && sys.id.startsWith('person:') && sys.code === gold.id);

export function scoreActorSentences(sentences: readonly GoldSentence[], g: CompiledGazetteer): ActorScore {
  const score: ActorScore = { sentences: sentences.length, gold: 0, system: 0, correctSystem: 0, correctGold: 0, precision: 0, recall: 0, errors: [] };
  for (const s of sentences) {
    const gold = goldUnits(s);
    const sys = systemUnits(s, g);
    score.gold += gold.length;
    score.system += sys.length;
    for (const u of sys) {
      const hit = gold.find((x) => overlaps(x, u));
      if (hit && same(u, hit)) score.correctSystem += 1;
      else score.errors.push(`${s.id}: "${u.text}" → ${u.id}${hit ? ` (gold ${hit.id})` : ' (not an actor in gold)'}`);
    }
    for (const x of gold) {
      if (sys.some((u) => overlaps(x, u) && same(u, x))) score.correctGold += 1;
      else if (!sys.some((u) => overlaps(x, u))) score.errors.push(`${s.id}: missed "${x.text}" (${x.id})`);
    }
  }
  score.precision = score.system ? score.correctSystem / score.system : 0;
  score.recall = score.gold ? score.correctGold / score.gold : 0;
  return score;
}
