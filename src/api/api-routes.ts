// Routes declared once, as data: the path, its zod-validated path and query parameters and its
// answer's schema. Registering a route both wires it into Hono and records it for the OpenAPI
// document (openapi-document.ts), so the description cannot drift from what is served.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { badRequest } from './http-error.js';

type AnyObject = z.ZodObject;
type NoParams = z.ZodObject<Record<never, z.ZodType>>;

export interface RouteSpec<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject> {
  /** Hono path, e.g. /api/articles/:id */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly params?: P;
  readonly query?: Q;
  /** The JSON answer, for the document; a streamed route names its content types instead. */
  readonly response?: z.ZodType;
  readonly produces?: readonly string[];
  /** 404 is a possible answer (unknown id). */
  readonly mayNotFind?: boolean;
}

export interface RouteInput<P extends AnyObject, Q extends AnyObject> {
  readonly params: z.output<P>;
  readonly query: z.output<Q>;
  readonly store: Store;
  readonly c: Context;
}

/** "limit: must be at most 500" — the parameter first, so a client sees which one is wrong. */
function parse<S extends AnyObject>(schema: S, value: unknown, where: 'query' | 'path'): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ''), in: where, message: i.message }));
  throw badRequest(issues.map((i) => `${i.parameter}: ${i.message}`).join('; '), issues);
}

export class ApiRoutes {
  readonly specs: RouteSpec[] = [];
  constructor(private readonly app: Hono, private readonly store: Store) {}

  get<P extends AnyObject = NoParams, Q extends AnyObject = NoParams>(
    spec: RouteSpec<P, Q>,
    handler: (input: RouteInput<P, Q>) => Promise<unknown>,
  ): void {
    this.specs.push(spec as unknown as RouteSpec);
    this.app.get(spec.path, async (c) => {
      const params = parse(spec.params ?? z.object({}), c.req.param(), 'path') as z.output<P>;
      const query = parse(spec.query ?? z.object({}), c.req.query(), 'query') as z.output<Q>;
      const out = await handler({ params, query, store: this.store, c });
      return out instanceof Response ? out : c.json(out as object);
    });
  }
}

/** The list envelope of every paged answer. */
export const listOf = (item: z.ZodType) => z.object({
  items: z.array(item),
  limit: z.number().int(),
  offset: z.number().int(),
  total: z.number().int().optional(),
});
