import { matchTokens, type MatchToken } from './match-tokens.js';

/** How a name must be written to match: acronyms exactly; capitalised words capitalised. */
export type CaseRule = 'any' | 'capitalised' | 'exact';

export interface NameMatch<T> {
  /** Offsets into the text. */
  readonly start: number;
  readonly end: number;
  /** Index of the first and one past the last matched token. */
  readonly from: number;
  readonly to: number;
  readonly values: readonly T[];
}

interface Terminal<T> { readonly value: T; readonly surface: readonly string[]; readonly rule: CaseRule }
interface TrieNode<T> { readonly next: Map<string, TrieNode<T>>; readonly terminals: Terminal<T>[] }

const node = <T>(): TrieNode<T> => ({ next: new Map(), terminals: [] });

/** Default case rule for a name: acronyms ("US", "EU") exactly; other names must be capitalised. */
export function defaultCaseRule(name: string): CaseRule {
  if (/^[\p{Lu}\d.&]{2,6}$/u.test(name)) return 'exact';
  return /^\p{Lu}/u.test(name) ? 'capitalised' : 'any';
}

function caseFits(t: Terminal<unknown>, tokens: readonly MatchToken[], from: number): boolean {
  if (t.rule === 'any') return true;
  if (t.rule === 'exact') return t.surface.every((s, i) => tokens[from + i]?.surface.replace(/['’]s?$/u, '') === s);
  // Every capitalised word of the name must be capitalised in the text: "Russian News Agency"
  // is an outlet, "a Russian news agency" is any of them.
  return t.surface.every((s, i) => !/^\p{Lu}/u.test(s) || /^\p{Lu}/u.test(tokens[from + i]?.surface ?? ''));
}

/**
 * A gazetteer compiled once into a token trie: matching an article is one pass over its tokens,
 * leftmost-longest, whatever the number of names. Names only match whole tokens, so "Chad" is
 * never found inside "Chadwick".
 */
export class NameMatcher<T> {
  private readonly root: TrieNode<T> = node();
  private size = 0;

  add(name: string, value: T, rule: CaseRule = defaultCaseRule(name)): void {
    const tokens = matchTokens(name);
    if (!tokens.length) return;
    let at = this.root;
    for (const t of tokens) {
      let next = at.next.get(t.key);
      if (!next) { next = node(); at.next.set(t.key, next); }
      at = next;
    }
    at.terminals.push({ value, surface: tokens.map((t) => t.surface), rule });
    this.size += 1;
  }

  get names(): number { return this.size; }

  /** All leftmost-longest matches in `text`. */
  match(text: string): NameMatch<T>[] {
    return this.matchTokens(matchTokens(text));
  }

  matchTokens(tokens: readonly MatchToken[]): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.longestAt(tokens, i);
      if (found) {
        out.push(found);
        i = found.to;
      } else {
        i += 1;
      }
    }
    return out;
  }

  private longestAt(tokens: readonly MatchToken[], from: number): NameMatch<T> | null {
    let at: TrieNode<T> | undefined = this.root;
    let best: NameMatch<T> | null = null;
    for (let j = from; j < tokens.length && at; j++) {
      at = at.next.get(tokens[j]!.key);
      if (!at?.terminals.length) continue;
      const values = at.terminals.filter((t) => caseFits(t, tokens, from)).map((t) => t.value);
      if (values.length) best = { start: tokens[from]!.start, end: tokens[j]!.end, from, to: j + 1, values };
    }
    return best;
  }
}
