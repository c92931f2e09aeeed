// The charset an HTML page declares for itself. Browsers look in the first 1024 bytes; scraped
// pages often carry long inline scripts first, so we look a little further.

const PRESCAN_BYTES = 4096;

// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;

/** The WHATWG name TextDecoder knows a label by (`latin1` → `windows-1252`), or null. */
export function normalizeEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * The declared encoding's canonical name, or null when none is declared or the label is unknown.
 * The bytes are read as latin1: a declaration is ASCII in every encoding it can appear in.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(prefix)?.[1] ?? XML_ENCODING.exec(prefix)?.[1];
  if (label === undefined) return null;
  const encoding = normalizeEncoding(label);
  // A page that could declare UTF-16 in ASCII is not UTF-16: the HTML standard reads it as UTF-8.
  return encoding !== null && encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}
