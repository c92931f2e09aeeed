// An event as a PLOVER/POLECAT-style record: actor and recipient, event type and mode, the date,
// and the text that supports it. Events of CAMEO roots PLOVER dropped (01, 02) have no record.
import type { EventRow } from '../store/store.js';

export interface PloverRecord {
  id: string;
  date: string;
  actor: string | null;
  actor_country: string | null;
  recipient: string | null;
  recipient_country: string | null;
  event_type: string;
  mode: string | null;
  modality: string;
  cameo: string;
  source_site: string | null;
  document_id: string;
  event_text: string;
}

export function ploverRecord(e: EventRow): PloverRecord | null {
  if (!e.plover) return null;
  return {
    id: `${e.documentId}:${e.idx}`,
    date: e.day,
    actor: e.source?.code ?? null,
    actor_country: e.source?.country ?? null,
    recipient: e.target?.code ?? null,
    recipient_country: e.target?.country ?? null,
    event_type: e.plover.type,
    mode: e.plover.mode,
    modality: e.modality,
    cameo: e.cameo,
    source_site: e.site,
    document_id: e.documentId,
    event_text: e.text,
  };
}
