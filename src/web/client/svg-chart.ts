// A small SVG chart: bars for counts per period and, optionally, a line for a signed value
// (Goldstein sums) on its own scale with a zero axis. Labels are text nodes.
const NS = 'http://www.w3.org/2000/svg';

export interface ChartPoint {
  readonly label: string;
  readonly bar: number;
  readonly line?: number;
  readonly href?: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

function title(text: string): SVGTitleElement {
  const t = svg('title', {});
  t.textContent = text;
  return t;
}

export function barLineChart(points: readonly ChartPoint[], opts: { barLabel: string; lineLabel?: string; height?: number }): SVGSVGElement {
  const width = Math.max(320, Math.min(960, points.length * 24));
  const height = opts.height ?? 180;
  const pad = { l: 36, r: 36, t: 10, b: 28 };
  const innerW = width - pad.l - pad.r;
  const innerH = height - pad.t - pad.b;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'chart', role: 'img' });
  root.append(title(`${opts.barLabel}${opts.lineLabel ? ` and ${opts.lineLabel}` : ''} per period`));
  const maxBar = Math.max(1, ...points.map((p) => p.bar));
  const step = points.length ? innerW / points.length : innerW;
  const barW = Math.max(1, step * 0.8);
  root.append(svg('line', { x1: pad.l, x2: pad.l + innerW, y1: pad.t + innerH, y2: pad.t + innerH, class: 'axis' }));
  const maxLabel = svg('text', { x: pad.l - 4, y: pad.t + 10, 'text-anchor': 'end', class: 'tick' });
  maxLabel.textContent = String(maxBar);
  root.append(maxLabel);
  // A day label is about 60px wide at this size: show as many as fit.
  const labelEvery = Math.max(1, Math.ceil(64 / step));
  points.forEach((p, i) => {
    const x = pad.l + i * step + (step - barW) / 2;
    const bh = (p.bar / maxBar) * innerH;
    const rect = svg('rect', { x, y: pad.t + innerH - bh, width: barW, height: Math.max(0, bh), class: 'bar' });
    rect.append(title(`${p.label}: ${p.bar} ${opts.barLabel}${p.line != null ? `, ${opts.lineLabel ?? ''} ${Math.round(p.line * 10) / 10}` : ''}`));
    if (p.href) {
      const a = svg('a', { href: p.href });
      a.append(rect);
      root.append(a);
    } else root.append(rect);
    if (i % labelEvery === 0) {
      const t = svg('text', { x: x + barW / 2, y: height - 8, 'text-anchor': 'middle', class: 'tick' });
      t.textContent = p.label;
      root.append(t);
    }
  });
  const lines = points.filter((p) => p.line != null);
  if (lines.length) {
    const maxAbs = Math.max(1, ...points.map((p) => Math.abs(p.line ?? 0)));
    const y = (v: number): number => pad.t + innerH / 2 - (v / maxAbs) * (innerH / 2);
    root.append(svg('line', { x1: pad.l, x2: pad.l + innerW, y1: y(0), y2: y(0), class: 'zero' }));
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(pad.l + i * step + step / 2).toFixed(1)},${y(p.line ?? 0).toFixed(1)}`).join(' ');
    root.append(svg('path', { d, class: 'line' }));
    const lab = svg('text', { x: width - pad.r + 4, y: y(maxAbs) + 10, class: 'tick line-tick' });
    lab.textContent = `±${Math.round(maxAbs)}`;
    root.append(lab);
  }
  return root;
}
