// Event filters as SQL conditions, and rows back to the API's shape. An actor filter matches
// the id, country or code on either side, as analysts name actors any of those ways.
import type { SelectQueryBuilder } from 'kysely';
import type { EventsTable, StoreSchema } from './schema.js';
import type { EventFilter, EventRow } from './store.js';

type EventQuery<O> = SelectQueryBuilder<StoreSchema, 'events', O>;

export function filterEvents<O>(q: EventQuery<O>, f: EventFilter): EventQuery<O> {
  let r = q;
  if (f.actor) {
    const a = f.actor;
    r = r.where((eb) => eb.or([
      eb('source_id', '=', a), eb('source_country', '=', a), eb('source_code', '=', a),
      eb('target_id', '=', a), eb('target_country', '=', a), eb('target_code', '=', a),
    ]));
  }
  if (f.source) {
    const s = f.source;
    r = r.where((eb) => eb.or([eb('source_id', '=', s), eb('source_country', '=', s), eb('source_code', '=', s)]));
  }
  if (f.target) {
    const t = f.target;
    r = r.where((eb) => eb.or([eb('target_id', '=', t), eb('target_country', '=', t), eb('target_code', '=', t)]));
  }
  if (f.sourceCode) r = r.where('source_code', '=', f.sourceCode);
  if (f.targetCode) r = r.where('target_code', '=', f.targetCode);
  if (f.code) {
    // A prefix of two or more characters names the root, which is indexed (LIKE is not, in
    // either dialect, under their default collations); a longer prefix then narrows within it.
    const code = f.code.replace(/[^0-9A-Za-z]/g, '');
    if (code.length >= 2) r = r.where('root', '=', code.slice(0, 2));
    if (code.length !== 2) r = r.where('cameo', 'like', `${code}%`);
  }
  if (f.quadClass) r = r.where('quad_class', '=', f.quadClass);
  if (f.from) r = r.where('day', '>=', f.from);
  if (f.to) r = r.where('day', '<=', f.to);
  if (f.site) r = r.where('site', '=', f.site);
  if (f.modality) r = r.where('modality', '=', f.modality);
  if (f.documentId) r = r.where('document_id', '=', f.documentId);
  return r;
}

const ref = (id: string | null, country: string | null, code: string | null): EventRow['source'] =>
  id === null ? null : { id, country: country ?? '', code: code ?? '' };

export const eventRowOut = (r: EventsTable): EventRow => ({
  documentId: r.document_id,
  idx: Number(r.idx),
  source: ref(r.source_id, r.source_country, r.source_code),
  target: ref(r.target_id, r.target_country, r.target_code),
  cameo: r.cameo,
  root: r.root,
  quadClass: Number(r.quad_class),
  goldstein: Number(r.goldstein),
  plover: r.plover_type === null ? null : { type: r.plover_type, mode: r.plover_mode },
  modality: r.modality,
  date: r.date,
  day: r.day,
  location: r.location,
  site: r.site,
  text: r.text,
  span: { start: Number(r.span_start), end: Number(r.span_end) },
  mentions: Number(r.mentions),
});
