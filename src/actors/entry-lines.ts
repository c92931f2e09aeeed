// Line numbers of the elements of a dictionary's top-level "entries" array, so that a message
// about a bad entry can say `file:line` as well as its index. JSON.parse keeps no positions,
// so this is a small scanner over text already known to be valid JSON.

interface Frame {
  readonly kind: 'object' | 'array';
  readonly isEntries: boolean;
  /** In an array: the next non-blank character starts an element. */
  fresh: boolean;
  /** In an object: the next string is a key. */
  awaitingKey: boolean;
  key: string | null;
}

/** 1-based line of each element of `entries` in the top-level object; [] when there is none. */
export function entryLines(json: string): number[] {
  const lines: number[] = [];
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    const top = stack.at(-1);
    if (top?.isEntries && top.fresh && c !== ']' && c !== ',') {
      lines.push(line);
      top.fresh = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < json.length && json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.awaitingKey) {
        top.key = json.slice(i + 1, j); // raw: "entries" has no escapes to decode
        top.awaitingKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      const isEntries = c === '[' && stack.length === 1 && top?.kind === 'object' && top.key === 'entries';
      stack.push({ kind: c === '{' ? 'object' : 'array', isEntries, fresh: true, awaitingKey: c === '{', key: null });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') top.awaitingKey = true;
      else top.fresh = true;
    }
  }
  return lines;
}
