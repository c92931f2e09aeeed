// What a queued job carries: everything a worker on another machine needs to analyse one
// article without the enqueuer's files — the decoded text or HTML with its origin, record
// fields and input kind — or a URL the worker fetches itself. Validated with zod when a worker
// takes it: a queue is a boundary (any producer may have written to it).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Diagnostic } from '../core/diagnostic.js';
import type { GivenMeta, SourceDocument } from '../ingest/source-document.js';

const meta = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  site: z.string().optional(),
  author: z.string().optional(),
});

const diagnosticSchema = z.object({
  reason: z.string(),
  ruleId: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});

const documentJob = z.object({
  kind: z.literal('document'),
  uri: z.string().min(1),
  origin: z.string().min(1),
  input: z.enum(['text', 'html']),
  fromRecord: z.boolean(),
  content: z.string(),
  encoding: z.string(),
  given: meta,
  hints: meta.optional(),
  canonicalUrl: z.string().optional(),
  diagnostics: z.array(diagnosticSchema).default([]),
});

const urlJob = z.object({
  kind: z.literal('url'),
  url: z.string().regex(/^https?:\/\//i, 'an http(s) URL'),
});

export const queueJobSchema = z.discriminatedUnion('kind', [documentJob, urlJob]);

export type QueueJob = z.infer<typeof queueJobSchema>;
export type DocumentJob = z.infer<typeof documentJob>;
export type UrlJob = z.infer<typeof urlJob>;

/** The one job name every entry of an Entente queue has. */
export const JOB_NAME = 'article';

// exactOptionalPropertyTypes: copy only the fields that are set.
const cleanMeta = (m: { [K in keyof GivenMeta]?: string | undefined }): GivenMeta => Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === 'string')) as GivenMeta;

export function documentToJob(doc: SourceDocument): DocumentJob {
  return {
    kind: 'document',
    uri: doc.uri,
    origin: doc.origin,
    input: doc.kind,
    fromRecord: doc.fromRecord,
    content: doc.content,
    encoding: doc.encoding,
    given: cleanMeta(doc.given),
    ...(doc.hints && { hints: cleanMeta(doc.hints) }),
    ...(doc.canonicalUrl !== undefined && { canonicalUrl: doc.canonicalUrl }),
    diagnostics: doc.diagnostics.map((d) => ({ ...d })),
  };
}

export function jobToDocument(job: DocumentJob): SourceDocument {
  return {
    uri: job.uri,
    origin: job.origin,
    kind: job.input,
    fromRecord: job.fromRecord,
    content: job.content,
    encoding: job.encoding,
    given: cleanMeta(job.given),
    ...(job.hints && { hints: cleanMeta(job.hints) }),
    ...(job.canonicalUrl !== undefined && { canonicalUrl: job.canonicalUrl }),
    diagnostics: job.diagnostics.map((d): Diagnostic => (d.span ? { ...d, span: { ...d.span } } : { reason: d.reason, ruleId: d.ruleId, severity: d.severity })),
  };
}

/**
 * Content-derived id: the same source with the same content is one job however often it is
 * enqueued (BullMQ ignores an add whose id exists); a changed page is a new job. Hex only:
 * BullMQ refuses ids with `:`.
 */
export function jobId(job: QueueJob): string {
  const h = createHash('sha256');
  if (job.kind === 'url') {
    h.update('url\0').update(job.url);
  } else {
    h.update('doc\0').update(job.uri).update('\0').update(job.input).update('\0').update(job.content).update('\0')
      .update(JSON.stringify([job.given.id ?? '', job.given.title ?? '', job.given.published ?? '', job.given.site ?? '', job.given.author ?? '']));
  }
  return h.digest('hex').slice(0, 32);
}

/** A human name for a job in messages: its uri or URL. */
export const jobLabel = (job: QueueJob): string => (job.kind === 'url' ? job.url : job.uri);
