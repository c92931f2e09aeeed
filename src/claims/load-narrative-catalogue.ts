// Loads the narrative catalogue: the bundled data/narratives/catalogue.json, then users' files in
// order. A later file's narrative with the same id replaces the earlier one (keeping its place), and
// a later actor group with the same name replaces the earlier group. Any bad entry fails its whole
// file with one DataFileError listing every problem, each named by entry index and id: a skipped
// narrative would silently never be reported.
import { join } from 'node:path';
import type { z } from 'zod';
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { compileActorGroups, groupCycle } from './narrative-actor-groups.js';
import type { ActorGroup, CatalogueNarrative, NarrativeCatalogue, NarrativeScoring } from './narrative-catalogue.js';
import { compilePhrase } from './narrative-phrase.js';
import {
  actorGroupSchema, catalogueFileSchema, narrativeEntrySchema, NARRATIVES_FORMAT, NARRATIVES_VERSION, scoringSchema, slug,
  type ActorGroupEntry, type NarrativeEntry,
} from './narrative-schema.js';

/**
 * Wording alone can add at most 0.3, below the 0.4 a report needs: cues are weak evidence. Cues
 * said of a group (in a sentence naming a member) weigh double and add at most 0.35 more, so a
 * narrative needs both kinds, or events or stance, to be reported.
 */
export const DEFAULT_SCORING: NarrativeScoring = { threshold: 0.4, wordingCap: 0.3, framingCap: 0.35, cueWeight: 0.1 };

/** data/narratives/catalogue.json of this package. */
export const defaultNarrativeCatalogueFile = (): string => join(packageRoot(), 'data', 'narratives', 'catalogue.json');

const FORMAT_HINT = `expected an object { "$schema": "${NARRATIVES_FORMAT}", "version": ${NARRATIVES_VERSION}, "actorGroups": { … }, "narratives": [ … ] }`;

interface Placed<T> {
  readonly file: string;
  /** `narratives[3] "west-aggressors"` or `actorGroups "west"`, for messages. */
  readonly label: string;
  readonly entry: T;
}

/** One catalogue's content, already parsed from JSON; `file` names it in messages. */
export interface CatalogueSource {
  readonly file: string;
  readonly raw: unknown;
}

const issues = (error: z.ZodError): string => zodIssues(error, ', ');

function idOf(value: unknown): string | undefined {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

const groupNamesOf = (n: NarrativeEntry): string[] => [
  ...n.events.flatMap((s) => [...(s.source ?? []), ...(s.target ?? []), ...s.sourceNot, ...s.targetNot]),
  ...n.stance.map((s) => s.group),
  ...n.cues.flatMap((c) => c.about ?? []),
];

const unknownGroups = (names: readonly string[], known: (name: string) => boolean): string[] => [...new Set(names.filter((g) => !known(g)))];

function parentProblem(entry: NarrativeEntry, parent: NarrativeEntry | undefined): string | null {
  if (entry.parent === undefined) return null;
  if (entry.parent === entry.id) return 'parent: a narrative cannot be its own parent';
  if (!parent) return `parent: no narrative "${entry.parent}" in this or an earlier catalogue`;
  if (entry.taxonomy !== null && parent.taxonomy !== null && !entry.taxonomy.startsWith(`${parent.taxonomy}: `)) {
    return `taxonomy "${entry.taxonomy}" is not under its parent's "${parent.taxonomy}"`;
  }
  return null;
}

interface Merged {
  readonly groups: Map<string, Placed<ActorGroupEntry>>;
  readonly narratives: Map<string, Placed<NarrativeEntry>>;
  scoring: NarrativeScoring;
}

/** Validates one file against what earlier files defined and adds it to `merged`; DataFileError listing every problem. */
function addFile({ file, raw }: CatalogueSource, merged: Merged): void {
  const envelope = catalogueFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not a narrative catalogue (${issues(envelope.error)}): ${FORMAT_HINT}`);
  const problems: string[] = [];

  let scoring = merged.scoring;
  if (envelope.data.scoring !== undefined) {
    const parsed = scoringSchema.safeParse(envelope.data.scoring);
    if (parsed.success) scoring = { ...scoring, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) };
    else problems.push(`scoring: ${issues(parsed.error)}`);
  }

  const groups = new Map<string, Placed<ActorGroupEntry>>();
  for (const [name, value] of Object.entries(envelope.data.actorGroups)) {
    const label = `actorGroups "${name}"`;
    if (!slug.safeParse(name).success) problems.push(`${label}: the name must be a slug: lower-case letters and digits joined by -`);
    const parsed = actorGroupSchema.safeParse(value);
    if (parsed.success) groups.set(name, { file, label, entry: parsed.data });
    else problems.push(`${label}: ${issues(parsed.error)}`);
  }
  const knownGroup = (name: string): boolean => groups.has(name) || merged.groups.has(name);
  for (const g of groups.values()) {
    const unknown = unknownGroups(g.entry.groups, knownGroup);
    if (unknown.length) problems.push(`${g.label}: groups: unknown actor group ${unknown.map((u) => `"${u}"`).join(', ')}`);
  }

  const narratives = new Map<string, Placed<NarrativeEntry>>();
  const seen = new Map<string, string>();
  envelope.data.narratives.forEach((value, index) => {
    const id = idOf(value);
    const label = id === undefined ? `narratives[${index}]` : `narratives[${index}] "${id}"`;
    const first = id === undefined ? undefined : seen.get(id);
    if (first !== undefined) problems.push(`${label}: duplicate id, already at ${first}`);
    else if (id !== undefined) seen.set(id, label);
    const parsed = narrativeEntrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${label}: ${issues(parsed.error)}`);
      return;
    }
    const unknown = unknownGroups(groupNamesOf(parsed.data), knownGroup);
    if (unknown.length) problems.push(`${label}: unknown actor group ${unknown.map((u) => `"${u}"`).join(', ')}`);
    if (first === undefined) narratives.set(parsed.data.id, { file, label, entry: parsed.data });
  });
  for (const n of narratives.values()) {
    const parentId = n.entry.parent;
    const parent = parentId === undefined ? undefined : (narratives.get(parentId) ?? merged.narratives.get(parentId))?.entry;
    const problem = parentProblem(n.entry, parent);
    if (problem) problems.push(`${n.label}: ${problem}`);
  }

  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the narrative catalogue: ${problems.join('; ')}`);
  }
  merged.scoring = scoring;
  for (const [name, g] of groups) merged.groups.set(name, g);
  for (const [id, n] of narratives) merged.narratives.set(id, n);
}

/** What only the merged catalogue shows: group and parent cycles, narratives that can never be reported. */
function checkMerged(merged: Merged): void {
  const groupEntries = new Map([...merged.groups].map(([name, g]) => [name, g.entry]));
  for (const [name, g] of merged.groups) {
    const cycle = groupCycle(name, groupEntries);
    if (cycle) throw new DataFileError(g.file, `${g.label}: includes itself: ${cycle.join(' → ')}`);
  }
  const hasChild = new Set([...merged.narratives.values()].flatMap((n) => (n.entry.parent === undefined ? [] : [n.entry.parent])));
  for (const n of merged.narratives.values()) {
    const path = [n.entry.id];
    for (let p = n.entry.parent; p !== undefined; p = merged.narratives.get(p)?.entry.parent) {
      if (path.includes(p)) throw new DataFileError(n.file, `${n.label}: parent cycle: ${[...path, p].join(' → ')}`);
      path.push(p);
    }
    if (!n.entry.events.length && !n.entry.stance.length && !hasChild.has(n.entry.id)) {
      throw new DataFileError(n.file, `${n.label}: can never be reported: it has no event or stance signature and no sub-narrative, and wording alone is not enough`);
    }
  }
}

function compileNarrative(n: Placed<NarrativeEntry>, groups: ReadonlyMap<string, ActorGroup>, scoring: NarrativeScoring): CatalogueNarrative {
  const g = (name: string): ActorGroup => groups.get(name)!;
  const { entry } = n;
  return {
    id: entry.id,
    label: entry.label,
    description: entry.description,
    exemplars: entry.exemplars,
    taxonomy: entry.taxonomy,
    parent: entry.parent ?? null,
    events: entry.events.map((s) => ({
      source: s.source ? s.source.map(g) : null,
      target: s.target ? s.target.map(g) : null,
      sourceNot: s.sourceNot.map(g),
      targetNot: s.targetNot.map(g),
      either: s.either,
      cameo: s.cameo ?? null,
      modality: new Set(s.modality),
      context: s.context ? s.context.map(compilePhrase) : null,
      weight: s.weight,
    })),
    stance: entry.stance.map((s) => ({ group: g(s.group), polarity: s.polarity, minScore: s.minScore, weight: s.weight })),
    cues: entry.cues.map((c) => ({ phrase: compilePhrase(c.phrase), weight: c.weight ?? scoring.cueWeight, about: c.about ? c.about.map(g) : null })),
    file: n.file,
  };
}

/** The catalogue from already-parsed sources, in order (tests build one without files). */
export function buildNarrativeCatalogue(sources: readonly CatalogueSource[]): NarrativeCatalogue {
  const merged: Merged = { groups: new Map(), narratives: new Map(), scoring: DEFAULT_SCORING };
  for (const source of sources) addFile(source, merged);
  checkMerged(merged);
  const groups = compileActorGroups(new Map([...merged.groups].map(([name, g]) => [name, g.entry])));
  return {
    files: sources.map((s) => s.file),
    scoring: merged.scoring,
    groups,
    narratives: [...merged.narratives.values()].map((n) => compileNarrative(n, groups, merged.scoring)),
  };
}

/**
 * The bundled catalogue followed by `files` (users' own), later entries replacing earlier ones by
 * id; `bundled: false` reads only `files`. DataFileError naming the file and entry of the first problem file.
 */
export function loadNarrativeCatalogue(files: readonly string[] = [], opts: { readonly bundled?: boolean } = {}): NarrativeCatalogue {
  const all = [...(opts.bundled === false ? [] : [defaultNarrativeCatalogueFile()]), ...files];
  return buildNarrativeCatalogue(all.map((file) => ({ file, raw: readJsonDataFile(file, 'narrative catalogue').raw })));
}
