import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostic.js';
import { DataFileError, errorMessage } from '../core/errors.js';
import { compileGazetteer, type CompiledGazetteer } from './compile-gazetteer.js';
import { loadGazetteer } from './load-gazetteer.js';
import { readPetrarchActors, type PetrarchActor } from './read-petrarch-actors.js';

export interface ActorDictionaries {
  /** Users' own dictionaries: our JSON format (`.json`) or PETRARCH/TABARI text (anything else). */
  readonly files?: readonly string[];
}

/** Loads and compiles the actor dictionaries once; problems in them come back as diagnostics. */
export function loadActorDictionaries(opts: ActorDictionaries = {}): { gazetteer: CompiledGazetteer; diagnostics: Diagnostic[] } {
  const files = opts.files ?? [];
  const json = files.filter((f) => f.endsWith('.json'));
  const { gazetteer, diagnostics } = loadGazetteer({ extra: json });
  const petrarch: PetrarchActor[] = [];
  for (const file of files.filter((f) => !f.endsWith('.json'))) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      throw new DataFileError(file, `cannot read the actor dictionary: ${errorMessage(e)}`);
    }
    const r = readPetrarchActors(source, file);
    petrarch.push(...r.actors);
    diagnostics.push(...r.diagnostics);
  }
  return { gazetteer: compileGazetteer(gazetteer, petrarch), diagnostics };
}

let shared: CompiledGazetteer | null = null;

/** The default dictionaries, compiled on first use and shared by every article of the process. */
export function defaultGazetteer(): CompiledGazetteer {
  shared ??= loadActorDictionaries().gazetteer;
  return shared;
}
