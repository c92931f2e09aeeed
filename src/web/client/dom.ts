// The only way the UI builds DOM: elements from tag names, attributes set one by one, and data
// inserted as text nodes. Article text, titles, actor names and snippets are hostile input, so
// nothing here ever parses a string as HTML, and links only take hash routes or http(s) URLs.
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  readonly class?: string;
  readonly href?: string;
  readonly title?: string;
  readonly id?: string;
  readonly type?: string;
  readonly name?: string;
  readonly value?: string;
  readonly placeholder?: string;
  readonly for?: string;
  readonly role?: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly onclick?: (e: MouseEvent) => void;
}

/** An http(s) URL as given, or null: `javascript:`, `data:` and relative URIs never become links. */
export function safeHref(uri: string | null | undefined): string | null {
  if (!uri) return null;
  try {
    const u = new URL(uri);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs) as [keyof Attrs, unknown][]) {
    if (value == null) continue;
    if (key === 'onclick') el.addEventListener('click', value as (e: Event) => void);
    else if (key === 'data') for (const [k, v] of Object.entries(value as Record<string, string>)) el.dataset[k] = v;
    else if (key === 'href') {
      const href = String(value);
      const safe = href.startsWith('#') ? href : safeHref(href);
      if (safe) el.setAttribute('href', safe);
      if (safe && !href.startsWith('#')) el.setAttribute('rel', 'noopener noreferrer nofollow');
    } else el.setAttribute(key, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A link to a hash route; the route parts are encoded, so ids cannot break out of it. */
export function routeLink(parts: readonly string[], label: Child, query: Record<string, string | undefined> = {}, cls?: string): HTMLAnchorElement {
  return h('a', { href: routeHref(parts, query), ...(cls ? { class: cls } : {}) }, label);
}

export function routeHref(parts: readonly string[], query: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== '') q.set(k, v);
  const qs = q.toString();
  return `#/${parts.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A snippet whose matches sit between `[` and `]`, as text with <mark> elements. */
export function markedSnippet(snippet: string): HTMLElement {
  const out = h('span', { class: 'snippet' });
  let inside = false;
  for (const part of snippet.split(/([[\]])/)) {
    if (part === '[') { inside = true; continue; }
    if (part === ']') { inside = false; continue; }
    if (part) out.appendChild(inside ? h('mark', {}, part) : document.createTextNode(part));
  }
  return out;
}

export const fmt = (n: number): string => n.toLocaleString('en-US');
export const fmt1 = (n: number): string => (Math.round(n * 10) / 10).toString();
