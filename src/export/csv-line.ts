// One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.
export type CsvValue = string | number | null;

const field = (v: CsvValue): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvLine = (values: readonly CsvValue[]): string => `${values.map(field).join(',')}\r\n`;
