// The format of the CAMEO/PLOVER catalogue (data/events/cameo.json). Entries are validated one
// by one (see read-cameo-file.ts) so that an error names the code it is about.
import { z } from 'zod';

export const CAMEO_FORMAT = 'entente/events/cameo';
export const CAMEO_VERSION = 1;

/** The 16 event types of the current PLOVER manual. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** PLOVER coding of a CAMEO code, as CAMEO2PLOVER gives it: mode and context only where it names them. */
export interface PloverMapping {
  readonly type: PloverType;
  readonly mode?: string;
  /** PLOVER context labels (military, economic, diplomatic…); not modes. */
  readonly context?: readonly string[];
}

export interface CameoCode {
  /** 2 to 4 digits: "07", "072", "1031". */
  readonly code: string;
  /** The 2-digit root, i.e. the code's first two digits. */
  readonly root: string;
  readonly name: string;
  /** Goldstein conflict–cooperation value, −10…10. */
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  /** null where PLOVER has no counterpart (the 01 and 02 statement and appeal codes). */
  readonly plover: PloverMapping | null;
}

export const cameoFileSchema = z.looseObject({
  $schema: z.literal(CAMEO_FORMAT),
  version: z.literal(CAMEO_VERSION),
  note: z.string().optional(),
  codes: z.array(z.unknown()),
});

// Labels such as "third-party", "martial-law", "pro_autocracy": no spaces, no stray padding.
const label = z.string().regex(/^[a-z][a-z_-]*$/, 'must be a lower-case label (a-z, _ and -)');

export const cameoEntrySchema = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/, 'must be 2 to 4 digits'),
  root: z.string().regex(/^(0[1-9]|1\d|20)$/, 'must be a CAMEO root, 01 to 20'),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  goldstein: z.number().min(-10).max(10),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  plover: z.strictObject({
    type: z.enum(PLOVER_TYPES),
    mode: label.optional(),
    context: z.array(label).min(1, 'must list at least one context, or be left out').optional(),
  }).nullable(),
});
type CameoEntry = z.infer<typeof cameoEntrySchema>;

/** The parsed entry without zod's `undefined`-valued optionals (exactOptionalPropertyTypes). */
export function toCameoCode(entry: CameoEntry): CameoCode {
  const { plover } = entry;
  return {
    code: entry.code,
    root: entry.root,
    name: entry.name,
    goldstein: entry.goldstein,
    quadClass: entry.quadClass,
    plover: plover && {
      type: plover.type,
      ...(plover.mode !== undefined && { mode: plover.mode }),
      ...(plover.context !== undefined && { context: plover.context }),
    },
  };
}
