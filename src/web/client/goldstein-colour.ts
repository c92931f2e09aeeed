// Goldstein scale (-10 conflict … +10 cooperation) as a colour: red through grey to green.
export function goldsteinColour(value: number): string {
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [214, 39, 40] : [44, 160, 44];
  const k = Math.abs(t) ** 0.7;
  const c = grey.map((g, i) => Math.round(g + (end[i]! - g) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
