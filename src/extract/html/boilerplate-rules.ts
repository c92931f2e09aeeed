// What the precision pass drops: paragraphs that are page furniture rather than article text.
// Every rule matches a whole short paragraph, so a body sentence that merely mentions
// "newsletter" or "cookies" never matches. Link density alone is not a rule: measured on the
// Readability reference pages, short link-heavy paragraphs inside an article are mostly real
// content (section headings with anchors, lists of named things, credits), so a link only
// confirms phrases like "Read more: …" and the lists under a "Related articles" heading.
import type { TextBlock } from './html-to-text.js';

/** Whole-paragraph furniture, links or not. */
const FURNITURE: [RegExp, string][] = [
  [/^(?:share|share (?:this|on|via)\b.{0,60}|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|copy link)$/i, 'share-links'],
  [/^(?:follow (?:us|me)(?:$| on\b| at\b| @).{0,80}|like us on facebook.{0,60})$/i, 'follow-links'],
  [/^(?:subscribe|sign up|join)\b.{0,80}\b(?:newsletters?|updates|inbox|e-?mails?|alerts)\b.{0,40}$/i, 'newsletter'],
  [/^(?:subscribe (?:now|today|here)|sign up (?:now|today|here)|get our newsletter)[.!]?$/i, 'newsletter'],
  [/^(?:reply|post a comment|leave a (?:comment|reply)|comments? \(\d+(?: posted)?\)|\d+ comments?|view comments)$/i, 'comments'],
  [/^(?:advertisement|sponsored(?: content)?|supported by|scroll to continue(?: with content)?)$/i, 'advertisement'],
  [/^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}|by\b|notice\b|:)).{0,160}$/i, 'copyright'],
  [/^(?:.{0,120}(?:©|\(c\)|copyright).{0,120}\ball rights reserved\b.{0,60}|.{0,120}\ball rights reserved\.?)$/i, 'copyright'],
];

/** Headings that open a list of links to other articles. */
export const RELATED_HEADING = /^(?:related(?: articles?| stories| posts| content| coverage| news| reading| links)?|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also like|more (?:stories|articles|from \S.{0,40})|most (?:popular|read|viewed)|trending(?: now)?|latest news|read (?:more|next)|what to read next|sur le même sujet|à lire aussi|lesen sie auch|mehr zum thema|leer más|lee también|читайте также)[:.]?$/i;

/** A link-phrase that points away from the article ("Read more: …"); only dropped when it is a link. */
const LINK_PHRASE = new RegExp(String.raw`^(?:(?:read more|read also|also read|see also|learn more|continue reading|click here|voir aussi|lire aussi|lesen sie auch|leer más|lee también|leia também|читайте также)(?![\p{L}\p{N}])|(?:related|more(?: on| from| in| about)?|lire|mehr zum thema)\s*[:›»]).{0,200}$`, 'iu');

/** A consent banner addresses the reader about this site's cookies; an article about cookies does not. */
const COOKIE_NOTICE = new RegExp([
  String.raw`\b(?:we|this (?:site|website|page)|our (?:site|website|partners))(?: and our partners)? (?:use|uses|store|may use)\b.{0,40}\bcookies\b`,
  String.raw`\b(?:accept|allow|reject|manage) (?:all |our )?cookies\b`,
  String.raw`\bcookie (?:settings|preferences|policy)\b.{0,120}\b(?:accept|agree|consent)`,
  String.raw`\bby (?:continuing|using|browsing)\b.{0,100}\b(?:agree|consent)\b.{0,60}\bcookies?\b`,
].join('|'), 'i');

/** Share of a paragraph's characters inside links above which it reads as a link. */
export const LINK_DENSITY = 0.5;

export const linkDensity = (b: TextBlock): number => (b.chars ? b.linkChars / b.chars : 0);

const oneLine = (b: TextBlock): string => b.text.replace(/\s+/g, ' ').trim();

/** Why `block` is furniture on its own, or null when it is (or may be) article text. */
export function boilerplateReason(block: TextBlock): string | null {
  const text = oneLine(block);
  if (text.length <= 240) {
    for (const [re, reason] of FURNITURE) if (re.test(text)) return reason;
    if (RELATED_HEADING.test(text)) return 'related-articles';
    if (LINK_PHRASE.test(text) && linkDensity(block) >= LINK_DENSITY) return 'read-more';
  }
  if (text.length <= 500 && COOKIE_NOTICE.test(text)) return 'cookie-notice';
  return null;
}

/** A paragraph that can belong to a list of article links: short and mostly link. */
export const isLinkItem = (block: TextBlock): boolean =>
  oneLine(block).length <= 200 && linkDensity(block) >= LINK_DENSITY;
