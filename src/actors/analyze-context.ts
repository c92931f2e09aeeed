import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostic.js';
import { DataFileError, errorMessage } from '../core/errors.js';
import { compileGazetteer, type CompiledGazetteer } from './compile-gazetteer.js';
import { loadGazetteer } from './load-gazetteer.js';
import { readPetrarchActors, type PetrarchActor } from './read-petrarch-actors.js';
import { isAgentDictionary, readPetrarchAgents, type PetrarchAgent } from './read-petrarch-agents.js';

export interface ActorDictionaries {
  /**
   * Users' own dictionaries: our JSON format (`.json`) or PETRARCH/TABARI text (anything else),
   * actor or agent dictionaries, told apart by their codes (`[~GOV]` is an agent's).
   */
  readonly files?: readonly string[];
}

/** Loads and compiles the actor dictionaries once; problems in them come back as diagnostics. */
export function loadActorDictionaries(opts: ActorDictionaries = {}): { gazetteer: CompiledGazetteer; diagnostics: Diagnostic[] } {
  const files = opts.files ?? [];
  const json = files.filter((f) => f.endsWith('.json'));
  const { gazetteer, diagnostics } = loadGazetteer({ extra: json });
  const petrarch: PetrarchActor[] = [];
  const agents: PetrarchAgent[] = [];
  for (const file of files.filter((f) => !f.endsWith('.json'))) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      throw new DataFileError(file, `cannot read the actor dictionary: ${errorMessage(e)}`);
    }
    if (isAgentDictionary(source)) {
      const r = readPetrarchAgents(source, file);
      agents.push(...r.agents);
      diagnostics.push(...r.diagnostics);
      continue;
    }
    const r = readPetrarchActors(source, file);
    petrarch.push(...r.actors);
    diagnostics.push(...r.diagnostics);
  }
  return { gazetteer: compileGazetteer(gazetteer, petrarch, agents), diagnostics };
}

let shared: CompiledGazetteer | null = null;

/** The default dictionaries, compiled on first use and shared by every article of the process. */
export function defaultGazetteer(): CompiledGazetteer {
  shared ??= loadActorDictionaries().gazetteer;
  return shared;
}
