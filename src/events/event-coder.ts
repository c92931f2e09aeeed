// The dictionaries the events stage codes with, loaded once per process: the CAMEO catalogue and
// the trigger dictionary, extended by users' own trigger files (later files override by lemma).
import { loadCameoCatalogue } from './cameo-catalogue.js';
import type { EventCoder } from './events-stage.js';
import { defaultTriggersFile } from './package-root.js';
import { loadTriggers } from './trigger-dictionary.js';

export interface EventDictionaries {
  /** Users' trigger files (ours or PETRARCH verb dictionaries), read after the bundled one. */
  readonly triggerFiles?: readonly string[];
}

export function loadEventCoder(opts: EventDictionaries = {}): EventCoder {
  const catalogue = loadCameoCatalogue();
  const triggers = loadTriggers([defaultTriggersFile(), ...(opts.triggerFiles ?? [])], catalogue);
  return { catalogue, triggers, diagnostics: triggers.diagnostics };
}

let shared: EventCoder | null = null;

/** The bundled dictionaries, loaded on first use and shared by every article of the process. */
export function defaultEventCoder(): EventCoder {
  shared ??= loadEventCoder();
  return shared;
}
