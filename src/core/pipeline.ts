import type { Diagnostic } from './diagnostic.js';

/**
 * A stage is a small pure function: it reads the document built so far and returns only the
 * layer it adds. The runner merges that layer into a new object; earlier layers are shared,
 * never copied or mutated (each new document is frozen).
 */
export interface Stage<In extends object, Added extends object> {
  readonly name: string;
  run(doc: Readonly<In>): Added & { diagnostics?: readonly Diagnostic[] };
}

export type WithDiagnostics = { readonly diagnostics: readonly Diagnostic[] };

/** Applies one stage: the new document is the old one plus the stage's layer; diagnostics accumulate. */
export function applyStage<Doc extends In, In extends WithDiagnostics, Added extends object>(
  doc: Doc,
  stage: Stage<In, Added>,
): Staged<Doc, Added> {
  const { diagnostics = [], ...layer } = stage.run(doc);
  return Object.freeze({
    ...doc,
    ...layer,
    diagnostics: diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics,
  }) as unknown as Staged<Doc, Added>;
}

/** The document after a stage: what it had, plus the stage's layer. */
export type Staged<Doc, Added> = Omit<Doc, keyof Added | 'diagnostics'> & Omit<Added, 'diagnostics'> & WithDiagnostics;
