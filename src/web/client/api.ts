// The HTTP API client (contract: /api, JSON, `{"error": {code, message}}` on failure). The token
// the page was opened with (`?token=`) is passed along on every call.
import type { Analysis } from '../../model/analysis.js';
import type { ActorCount, DuplicateRow, DyadPoint, EventRow, SearchHit } from '../../store/store.js';

export type { Analysis, ActorCount, DuplicateRow, DyadPoint, EventRow, SearchHit };

export interface ListPage<T> { items: T[]; limit: number; offset: number; total?: number }

export interface Overview {
  documents: number; sources: number; events: number; actors: number;
  dateRange: { from: string; to: string } | null;
  sites: { site: string | null; documents: number }[];
  topActors: ActorCount[];
  topDyads: { source: string; target: string; events: number; goldstein: number }[];
  attention: { period: string; documents: number; events: number }[];
}

export interface ArticleItem {
  id: string; title: string | null; uri: string; published: string | null; site: string | null;
  day: string; wordCount: number; tone: number; recycled: boolean | null;
}

export interface ArticleDetail {
  analysis: Analysis;
  sources: { uri: string; published: string | null }[];
  duplicates: DuplicateRow[];
}

export interface NetworkNode { id: string; label: string; kind: string | null; country: string; events: number }
export interface NetworkEdge { source: string; target: string; events: number; goldstein: number; meanGoldstein: number }
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[] }

export interface DyadSeries { source: string; target: string; interval: string; points: DyadPoint[] }

export interface NarrativeItem { id: string; name: string; documents: number; meanScore: number }
export interface TechniqueItem { technique: string; flags: number; documents: number }

export type Query = Record<string, string | number | undefined>;

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const token = new URLSearchParams(location.search).get('token');

export async function api<T>(path: string, query: Query = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const res = await fetch(`api${path}${qs ? `?${qs}` : ''}`, { headers });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'internal', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

/** A URL for a download (exports), with the token in the query since links send no headers. */
export function apiUrl(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== '') q.set(k, String(v));
  if (token) q.set('token', token);
  const qs = q.toString();
  return `api${path}${qs ? `?${qs}` : ''}`;
}

/** Keeps the page's token in links that reload the page. */
export const pageToken = token;
