// The CAMEO 1.1b3 codes with their Goldstein values, quad classes and PLOVER coding, looked up
// by code. The event coder asks for the most specific code its words support; a code the
// catalogue does not list falls back to its nearest listed ancestor (4 → 3 → 2 digits), so an
// event is never left without a Goldstein value or quad class.
import { defaultCameoFile } from './package-root.js';
import { readCameoFile } from './read-cameo-file.js';
import type { CameoCode } from './cameo-schema.js';

export type { CameoCode, PloverMapping, PloverType, QuadClass } from './cameo-schema.js';

const CODE = /^\d{2,4}$/;

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
