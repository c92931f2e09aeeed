// A small XML tokenizer for PETRARCH's validation files. They are regular enough that a
// dependency is not worth it, but irregular in ways a strict parser would reject or lose:
// spaces around `=` (`id =  "DATE-01"`), single-quoted values holding double quotes
// (`sourcecode='"INJURY TOLL"'`), and tag-like text inside comments (`<actor><conj>`).
// Every token carries its 1-based line so callers can name the place of a problem.
import { decodeEntities } from '../core/decode-entities.js';

export type XmlToken =
  | { readonly kind: 'open'; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean; readonly line: number }
  | { readonly kind: 'close'; readonly name: string; readonly line: number }
  | { readonly kind: 'text'; readonly text: string; readonly line: number }
  | { readonly kind: 'comment'; readonly text: string; readonly line: number }
  /** Something that is not well-formed; the tokenizer goes on after it where it can. */
  | { readonly kind: 'bad'; readonly reason: string; readonly line: number };

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^<>"'])*?)(\/?)>/y;
const ATTRIBUTE = /\s*([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*/y;

/** Attributes of a start tag, or null when the text between the name and `>` is not all attributes. */
function readAttributes(raw: string): Record<string, string> | null {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < raw.length) {
    const at = ATTRIBUTE.lastIndex;
    const m = ATTRIBUTE.exec(raw);
    if (!m?.[1]) return raw.slice(at).trim() ? null : attributes;
    attributes[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attributes;
}

export function xmlTokens(source: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let line = 1;
  let counted = 0;
  // Lines are counted lazily up to each token's start, so the whole pass stays linear.
  const lineAt = (index: number): number => {
    for (let i = source.indexOf('\n', counted); i >= 0 && i < index; i = source.indexOf('\n', i + 1)) line += 1;
    counted = Math.max(counted, index);
    return line;
  };
  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const end = lt < 0 ? source.length : lt;
    if (end > pos) tokens.push({ kind: 'text', text: source.slice(pos, end), line: lineAt(pos) });
    if (lt < 0) break;
    const at = lineAt(lt);
    const special = source.startsWith('<!--', lt) ? '-->' : source.startsWith('<![CDATA[', lt) ? ']]>' : source.startsWith('<?', lt) || source.startsWith('<!', lt) ? '>' : null;
    if (special) {
      const close = source.indexOf(special, lt + 2);
      if (close < 0) {
        // An XML parser would treat the rest of the file as this construct: nothing after it is read.
        tokens.push({ kind: 'bad', reason: `${special === '-->' ? 'a comment' : 'a declaration'} that is never closed`, line: at });
        break;
      }
      if (special === '-->') tokens.push({ kind: 'comment', text: source.slice(lt + 4, close), line: at });
      else if (special === ']]>') tokens.push({ kind: 'text', text: source.slice(lt + 9, close), line: at });
      pos = close + special.length;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(source);
    const attributes = m && !m[1] ? readAttributes(m[3] ?? '') : {};
    if (!m?.[2] || !attributes || (m[1] && (m[3]?.trim() || m[4]))) {
      tokens.push({ kind: 'bad', reason: `cannot read the tag starting "${source.slice(lt, lt + 40).split('\n')[0]}"`, line: at });
      pos = lt + 1;
      continue;
    }
    tokens.push(m[1]
      ? { kind: 'close', name: m[2], line: at }
      : { kind: 'open', name: m[2], attributes, selfClosing: m[4] === '/', line: at });
    pos = TAG.lastIndex;
  }
  return tokens;
}
