import { diagnostic, type Diagnostic } from '../core/diagnostic.js';

// The line layer shared by PETRARCH/TABARI dictionaries (actors, agents): `<!-- -->` blocks and
// `#` comments removed, blank lines dropped, line numbers kept for messages.

export interface DictionaryLine { readonly line: number; readonly body: string }

export function petrarchLines(source: string): DictionaryLine[] {
  const text = source.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  return text.split('\n').flatMap((raw, i) => {
    const body = raw.replace(/#.*$/, '').trim();
    return body ? [{ line: i + 1, body }] : [];
  });
}

/** A reporter of malformed lines as `file:line: reason` warnings (rule actors/dictionary). */
export const lineProblems = (file: string, diagnostics: Diagnostic[]) => (line: number, reason: string): void => {
  diagnostics.push(diagnostic('actors/dictionary', `${file}:${line}: ${reason}`, 'warning'));
};
