// Our own windows-1252 decoder. Node's TextDecoder decodes windows-1252 (and the labels mapped
// to it: latin1, iso-8859-1, ascii) as Latin-1 since v20.18.3 / v22.13.0 (nodejs/node#60888),
// turning curly quotes and dashes, the very bytes that mark a 1252 text, into C1 controls.

// WHATWG index-windows-1252 for bytes 0x80–0x9F; the five unassigned bytes keep their C1 value.
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const C1_RANGE = /[\u0080-\u009f]/g;

const fromC1 = (char: string): string => String.fromCharCode(HIGH_CONTROLS[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0));

/** Every byte maps to a character: windows-1252 decoding cannot fail. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(C1_RANGE, fromC1);
}
