// The CAMEO 1.1b3 codes with their Goldstein values, quad classes and PLOVER coding, looked up
// by code. The event coder asks for the most specific code its words support; a code the
// catalogue does not list falls back to its nearest listed ancestor (4 → 3 → 2 digits), so an
// event is never left without a Goldstein value or quad class; valuesOf keeps such a code as
// written (users' dictionaries have their own: PETRARCH's "1717", "901").
import { defaultCameoFile } from './package-root.js';
import { readCameoFile } from './read-cameo-file.js';
import type { CameoCode } from './cameo-schema.js';

export type { CameoCode, PloverMapping, PloverType, QuadClass } from './cameo-schema.js';

const CODE = /^\d{2,4}$/;
/** A code as users' dictionaries write them: 2–4 digits, perhaps a letter ("075A", "174K"). */
export const USER_CODE = /^\d{2,4}[A-Za-z]?$/;
/** The neutral statement root: what a code under no listed root is valued as. */
const NEUTRAL = '01';

export class CameoCatalogue implements Iterable<CameoCode> {
  readonly #codes: readonly CameoCode[];
  readonly #byCode: ReadonlyMap<string, CameoCode>;

  /** `codes` as validated by readCameoFile (unique, each with its parent). */
  constructor(readonly file: string, codes: readonly CameoCode[]) {
    this.#codes = codes;
    this.#byCode = new Map(codes.map((c) => [c.code, c]));
  }

  get size(): number {
    return this.#codes.length;
  }

  /** Whether the catalogue lists exactly this code. */
  has(code: string): boolean {
    return this.#byCode.has(code);
  }

  /**
   * The entry for `code`, or for its nearest listed ancestor ("0729" → "072", "079" → "07");
   * compare the result's `code` to see whether it fell back. Undefined for anything that is not
   * 2–4 digits under a listed root.
   */
  get(code: string): CameoCode | undefined {
    if (!CODE.test(code)) return undefined;
    for (let length = code.length; length >= 2; length -= 1) {
      const found = this.#byCode.get(code.slice(0, length));
      if (found) return found;
    }
    return undefined;
  }

  /**
   * What an event coded `code` is worth, the code kept as written. A code the catalogue does not
   * list (a user's dictionary may use its own: "1717", "075A", "901") takes the Goldstein value,
   * quad class and PLOVER coding of its nearest listed ancestor (letters dropped, then 4 → 3 → 2
   * digits: "075A" → "075", "1717" → "171"); under no listed root ("901"), those of the neutral
   * statement root 01 (Goldstein 0, no PLOVER type). Undefined for what is no code at all.
   */
  valuesOf(code: string): CameoCode | undefined {
    const listed = this.#byCode.get(code);
    if (listed) return listed;
    const basis = this.basisOf(code);
    if (!basis) return undefined;
    return { ...basis, code, root: code.slice(0, 2), name: `${code} (not in the catalogue; valued as ${basis.code} ${basis.name})` };
  }

  /** The listed entry an unlisted code is valued as (see valuesOf); undefined for a listed code or no code. */
  basisOf(code: string): CameoCode | undefined {
    if (this.#byCode.has(code) || !USER_CODE.test(code)) return undefined;
    return this.get(code.replace(/[A-Za-z]$/, '')) ?? this.#byCode.get(NEUTRAL);
  }

  /** The 2-digit root entry of `code` ("072" → "07"), whether or not `code` itself is listed. */
  root(code: string): CameoCode | undefined {
    return CODE.test(code) ? this.#byCode.get(code.slice(0, 2)) : undefined;
  }

  /** The codes in file order (the bundled file is sorted by code: each root, then its 3- and 4-digit codes). */
  [Symbol.iterator](): Iterator<CameoCode> {
    return this.#codes[Symbol.iterator]();
  }
}

/** Loads the catalogue, data/events/cameo.json of this package by default; DataFileError if any entry is bad. */
export function loadCameoCatalogue(file: string = defaultCameoFile()): CameoCatalogue {
  return new CameoCatalogue(file, readCameoFile(file));
}

/** One info diagnostic's text for a code the catalogue does not list: how events with it are valued. */
export function unknownCodeNote(catalogue: CameoCatalogue, code: string): string | null {
  const basis = catalogue.basisOf(code);
  if (!basis) return null;
  const how = code.startsWith(basis.root) ? `its nearest listed ancestor ${basis.code} (${basis.name})` : `${basis.code} (${basis.name}): no listed ancestor`;
  return `code ${code} is not in the CAMEO catalogue: kept as written, with the Goldstein value, quad class and PLOVER type of ${how}`;
}
