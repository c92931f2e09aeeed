// The answers' shapes, for the OpenAPI document (the store's types are the source; these mirror
// them). The Analysis itself is described by SPEC §2 and left open here.
import { z } from 'zod';

const ref = z.object({ id: z.string(), country: z.string(), code: z.string() }).nullable();

export const articleRow = z.object({
  id: z.string(), title: z.string().nullable(), uri: z.string(), published: z.string().nullable(), site: z.string().nullable(),
  day: z.string(), wordCount: z.number().int(), tone: z.number(), recycled: z.boolean().nullable(),
});

export const eventRow = z.object({
  documentId: z.string(), idx: z.number().int(), source: ref, target: ref, cameo: z.string(), root: z.string(),
  quadClass: z.number().int(), goldstein: z.number(), plover: z.object({ type: z.string(), mode: z.string().nullable() }).nullable(),
  modality: z.string(), date: z.string().nullable(), day: z.string(), location: z.string().nullable(), site: z.string().nullable(),
  text: z.string(), span: z.object({ start: z.number().int(), end: z.number().int() }), mentions: z.number().int(),
});

export const eventGroup = z.object({
  source: z.string().nullable(), target: z.string().nullable(), root: z.string(), cameo: z.string(), firstDay: z.string(), lastDay: z.string(),
  numEvents: z.number().int(), numMentions: z.number().int(), numArticles: z.number().int(), numSources: z.number().int(), numStories: z.number().int(),
  goldstein: z.number(), events: z.array(eventRow),
});

export const actorCount = z.object({
  id: z.string(), name: z.string(), kind: z.string(), country: z.string(), code: z.string(), documents: z.number().int(), mentions: z.number().int(),
});

export const searchHit = z.object({
  id: z.string(), title: z.string().nullable(), uri: z.string(), published: z.string().nullable(), site: z.string().nullable(),
  snippet: z.string().describe('the text around the matches, each match between [ and ]'),
});

export const duplicateRow = z.object({ documentId: z.string(), otherId: z.string(), kind: z.string(), jaccard: z.number(), containment: z.number() });

export const dyadSeries = z.object({
  source: z.string(), target: z.string(), interval: z.enum(['day', 'week', 'month']),
  points: z.array(z.object({ period: z.string(), events: z.number().int(), goldstein: z.number() })),
});

export const network = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string().nullable(), country: z.string(), events: z.number().int() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), events: z.number().int(), goldstein: z.number(), meanGoldstein: z.number() })),
});

export const overview = z.object({
  documents: z.number().int(), sources: z.number().int(), events: z.number().int(), actors: z.number().int(),
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  sites: z.array(z.object({ site: z.string().nullable(), documents: z.number().int() })),
  topActors: z.array(actorCount),
  topDyads: z.array(z.object({ source: z.string(), target: z.string(), events: z.number().int(), goldstein: z.number() })),
  attention: z.array(z.object({ period: z.string(), documents: z.number().int(), events: z.number().int() })),
});

export const health = z.object({ ok: z.literal(true), dialect: z.enum(['sqlite', 'postgres']), documents: z.number().int() });

export const articleDetail = z.object({
  analysis: z.record(z.string(), z.unknown()).describe('the stored Analysis (SPEC §2)'),
  sources: z.array(z.object({ uri: z.string(), published: z.string().nullable() })),
  duplicates: z.array(duplicateRow),
});

export const narrativeCount = z.object({ id: z.string(), name: z.string(), taxonomy: z.string().nullable(), documents: z.number().int(), meanScore: z.number() });
export const techniqueCount = z.object({ technique: z.string(), flags: z.number().int(), documents: z.number().int() });

export const errorBody = z.object({
  error: z.object({ code: z.enum(['bad-request', 'unauthorized', 'not-found', 'too-large', 'unavailable', 'internal']), message: z.string(), details: z.unknown().optional() }),
});
