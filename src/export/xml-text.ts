// Text and attribute values escaped for XML (GEXF, GraphML); characters XML 1.0 forbids dropped.
export const xmlText = (s: string | number): string => String(s)
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
