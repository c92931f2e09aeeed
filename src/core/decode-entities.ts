// Character references in text that no DOM decoded for us (JSON-LD values, <title>, XML).

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
};

const codePoint = (n: number): string => (n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '');

/** Decodes numeric and the common named character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (all, dec?: string, hex?: string, name?: string) => {
    if (dec) return codePoint(parseInt(dec, 10));
    if (hex) return codePoint(parseInt(hex, 16));
    return NAMED[name!.toLowerCase()] ?? all;
  });
}
