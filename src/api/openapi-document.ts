// The OpenAPI 3.1 description of the API, built from the routes' own zod schemas (z.toJSONSchema),
// served at /api/openapi.json.
import { z } from 'zod';
import type { RouteSpec } from './api-routes.js';
import { errorBody } from './schemas.js';

type Json = Record<string, unknown>;

const jsonSchema = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

const ERRORS: Record<string, string> = { 400: 'Malformed parameter (the message names it)', 401: 'Missing or wrong token', 503: 'The store cannot answer' };

function parameters(spec: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const f = field as z.ZodType;
      out.push({ name, in: where, required: where === 'path' || !f.safeParse(undefined).success, schema: jsonSchema(f, 'input') });
    }
  }
  return out;
}

function operation(spec: RouteSpec): Json {
  const errorResponse = (description: string): Json => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  const ok: Json = spec.produces
    ? { description: 'Streamed', content: Object.fromEntries(spec.produces.map((t) => [t, { schema: { type: 'string' } }])) }
    : { description: 'OK', content: { 'application/json': { schema: spec.response ? jsonSchema(spec.response, 'output') : {} } } };
  const responses: Json = { 200: ok };
  for (const [status, description] of Object.entries(ERRORS)) responses[status] = errorResponse(description);
  if (spec.mayNotFind) responses['404'] = errorResponse('Unknown id');
  return { summary: spec.summary, tags: [spec.tag], operationId: spec.path.replace(/^\/api\//, '').replace(/[/:]+/g, '_'), parameters: parameters(spec), responses };
}

/** /api/articles/:id → /api/articles/{id} */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z_]+)/g, '{$1}');

export function openApiDocument(specs: readonly RouteSpec[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const spec of specs) paths[openApiPath(spec.path)] = { get: operation(spec) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente HTTP API',
      version,
      description: 'Read-only JSON over a corpus store. Lists take limit (1..500, default 50) and offset; errors are {"error": {"code", "message", "details"?}}. '
        + 'When the server binds a non-loopback address every /api call needs the token, as Authorization: Bearer … or ?token=.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }, { tokenQuery: [] }],
    paths,
    components: {
      schemas: { Error: jsonSchema(errorBody, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, tokenQuery: { type: 'apiKey', in: 'query', name: 'token' } },
    },
  };
}
