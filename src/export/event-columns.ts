// Events as GDELT-like columns (GDELT 2.0 event table names where one exists), for CSV and
// spreadsheets; each row keeps its document and span so it can be read back in its source.
import type { EventRow } from '../store/store.js';
import type { CsvValue } from './csv-line.js';

export const EVENT_COLUMNS = [
  'GlobalEventID', 'SQLDATE', 'Actor1ID', 'Actor1Code', 'Actor1CountryCode', 'Actor2ID', 'Actor2Code', 'Actor2CountryCode',
  'EventCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'Modality', 'PloverType', 'PloverMode',
  'EventDate', 'ActionGeo', 'SourceSite', 'DocumentID', 'SpanStart', 'SpanEnd', 'Text',
] as const;

export const eventColumns = (e: EventRow): CsvValue[] => [
  `${e.documentId}:${e.idx}`, e.day.replace(/-/g, ''),
  e.source?.id ?? null, e.source?.code ?? null, e.source?.country ?? null,
  e.target?.id ?? null, e.target?.code ?? null, e.target?.country ?? null,
  e.cameo, e.root, e.quadClass, e.goldstein, e.mentions, e.modality, e.plover?.type ?? null, e.plover?.mode ?? null,
  e.date, e.location, e.site, e.documentId, e.span.start, e.span.end, e.text,
];
