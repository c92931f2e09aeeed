// The comparison key of an actor name: two names with the same key are the same name for the
// duplicate check ("the Kremlin" = "Kremlin", "Élysée" = "Elysee", "U.S." = "US",
// "Guinea-Bissau" = "Guinea Bissau"). The matcher may fold more; it must not fold less.

const DASHES = /[\u2010-\u2015\u2212-]/g;
const QUOTES = /[\u2018\u2019\u201B`\u00B4]/g;

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(DASHES, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
