// Loads the actor dictionaries: every *.json in the dictionary folder (data/actors of this
// package by default), then the user's own files, each declaring its format in `$schema`.
// A file that cannot be read as a dictionary at all throws DataFileError; a bad entry, an
// unknown code or a duplicate name is a diagnostic (rule actors/dictionary) and the rest loads.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { DataFileError, errorMessage } from '../core/errors.js';
import { addOrganisations, addPeople, addRoles, addStates } from './add-entries.js';
import type { Placed } from './entry-place.js';
import { countryCodes } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import type { GazetteerPart } from './gazetteer-schema.js';
import { NameRegistry } from './name-registry.js';
import { defaultActorsDir } from './package-root.js';
import { readDictionary } from './read-dictionary.js';
import type { EntryOf } from './read-dictionary.js';

export interface GazetteerPaths {
  /** Folder whose *.json files are all loaded; data/actors of this package by default. */
  readonly dir?: string;
  /** Further dictionary files (users' own), loaded after the folder's, in this order. */
  readonly extra?: readonly string[];
}

export interface LoadedGazetteer {
  readonly gazetteer: Gazetteer;
  readonly diagnostics: Diagnostic[];
}

function dictionaryFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
  } catch (e) {
    throw new DataFileError(dir, `cannot list the actor dictionaries: ${errorMessage(e)}`);
  }
}

type Collected = { [P in GazetteerPart]: Placed<EntryOf[P]>[] };

export function loadGazetteer(paths: GazetteerPaths = {}): LoadedGazetteer {
  const diagnostics: Diagnostic[] = [];
  const files = [...dictionaryFiles(paths.dir ?? defaultActorsDir()), ...(paths.extra ?? [])];
  const collected: Collected = { states: [], organisations: [], people: [], roles: [] };
  for (const file of files) {
    const dictionary = readDictionary(file, diagnostics);
    (collected[dictionary.part] as Placed<unknown>[]).push(...dictionary.entries);
  }
  const ctx = {
    known: countryCodes(collected.states.map((p) => p.entry), collected.organisations.map((p) => p.entry)),
    names: new NameRegistry(diagnostics),
    diagnostics,
  };
  // States claim their names first, then organisations, people and roles: on a duplicate name
  // the state keeps it, and within one part the earlier file (the defaults) keeps it.
  const states = addStates(collected.states, ctx);
  const organisations = addOrganisations(collected.organisations, ctx);
  const people = addPeople(collected.people, ctx);
  const roles = addRoles(collected.roles, ctx);
  return { gazetteer: { states, organisations, people, roles, files }, diagnostics };
}
