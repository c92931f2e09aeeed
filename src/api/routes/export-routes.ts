// GET /api/export/:format: the CLI's exports streamed as the response body, read from the store
// in batches. The first 64 KiB are read before answering, so a store that cannot answer is a 503;
// a failure later aborts the body, so a client never takes a cut file for a whole one.
import { z } from 'zod';
import { EXPORT_CONTENT_TYPES, EXPORT_EXTENSIONS, EXPORT_FORMATS, exportChunks } from '../../export/export-chunks.js';
import type { ApiRoutes } from '../api-routes.js';
import { eventFilterOf, eventFilterQuery } from '../params.js';

/** Text gathered per body chunk: fewer, larger writes than one per row. */
const CHUNK_CHARS = 64 * 1024;

export function exportRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/export/:format', tag: 'exports', summary: 'Events as CSV, JSONL or PLOVER, the network as GEXF or GraphML, or the stored Analyses (JSONL), streamed',
    params: z.object({ format: z.enum(EXPORT_FORMATS, `must be one of ${EXPORT_FORMATS.join(', ')}`) }),
    query: eventFilterQuery,
    produces: [...new Set(Object.values(EXPORT_CONTENT_TYPES))],
  }, async ({ store, params: { format }, query }) => {
    const chunks = exportChunks(format, eventFilterOf(query), store)[Symbol.asyncIterator]();
    let done = false;
    /** The next body chunk: rows gathered up to CHUNK_CHARS, or what is left at the end. */
    const fill = async (): Promise<string> => {
      let text = '';
      while (!done && text.length < CHUNK_CHARS) {
        const next = await chunks.next();
        if (next.done) done = true;
        else text += next.value;
      }
      return text;
    };
    // The first chunk is read before answering: a store that cannot answer is still a 503.
    let pending: string | null = await fill();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const text = pending ?? await fill();
          pending = null;
          if (text) controller.enqueue(encoder.encode(text));
          if (done) controller.close();
        } catch (e) {
          controller.error(e);
        }
      },
      async cancel() {
        await chunks.return?.(undefined);
      },
    });
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': EXPORT_CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="entente-export.${EXPORT_EXTENSIONS[format]}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
