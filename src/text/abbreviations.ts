// Data for the full-stop decisions of the sentence scanner. Matching is case-sensitive:
// "No." is an abbreviation, "no." ends a sentence.

/**
 * Abbreviations that are never sentence-final in news prose: titles before a name, and
 * Latin/reference forms that always continue ("e.g.", "vs.", "No. 5").
 */
export const CONTINUING_ABBREVIATIONS: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Ft.', 'Gen.', 'Col.', 'Lt.', 'Maj.',
  'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.', 'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Amb.', 'Rev.',
  'Hon.', 'Fr.', 'Ph.', 'vs.', 'v.', 'e.g.', 'i.e.', 'cf.', 'viz.', 'approx.', 'ca.', 'No.', 'Nos.',
  'no.', 'Art.', 'Fig.', 'Vol.', 'vol.', 'pp.', 'para.', 'Dept.', 'Univ.',
];

/**
 * Abbreviations that can also close a sentence ("… founded Acme Inc. The company …"): the
 * stop ends the sentence only when a clear sentence starter follows.
 */
export const FINAL_CAPABLE_ABBREVIATIONS: readonly string[] = [
  'Jr.', 'Sr.', 'etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.',
  'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'a.m.', 'p.m.', 'al.',
];

/**
 * Capitalised words that typically open a sentence. After an ambiguous stop ("in the U.S. The
 * next day", "Plan B. It failed") one of these tips the decision towards a break.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'This', 'That', 'These', 'Those', 'There', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Our', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Moreover',
  'Meanwhile', 'Furthermore', 'Therefore', 'Thus', 'Still', 'Also', 'Instead', 'Nevertheless',
  'Nonetheless', 'Besides', 'Indeed', 'Then', 'Now', 'Today', 'Yesterday', 'Later', 'Earlier', 'In',
  'On', 'At', 'As', 'By', 'For', 'From', 'With', 'Without', 'Under', 'After', 'Before', 'Since', 'During',
  'When', 'While', 'If', 'Although', 'Though', 'Because', 'Despite', 'According', 'Some', 'Many', 'Most',
  'Both', 'Such', 'Several', 'All', 'No', 'Not', 'What', 'Why', 'How', 'Who', 'Where', 'Last', 'Next',
  'First', 'Second', 'Finally', 'Officials', 'Analysts',
];

const continuing = new Set(CONTINUING_ABBREVIATIONS);
const finalCapable = new Set(FINAL_CAPABLE_ABBREVIATIONS);
const starters = new Set(SENTENCE_STARTERS);

/** Dotted acronyms and single initials: "U.S", "U.K", "J" (the token before the final stop). */
const DOTTED = /^(?:\p{L}\.)*\p{L}$/u;

export type AbbreviationKind = 'continuing' | 'final-capable' | 'initial' | 'acronym' | null;

/**
 * Classifies the word before a full stop. `token` is the run of letters, digits and dots
 * before the stop, without the stop itself (e.g. "U.S", "Gen", "Ukraine").
 */
export function abbreviationKind(token: string): AbbreviationKind {
  const withStop = `${token}.`;
  if (continuing.has(withStop)) return 'continuing';
  if (finalCapable.has(withStop)) return 'final-capable';
  // "Ukraine.Mr." style glue: judge the last dotted segment on its own too.
  const last = token.slice(token.lastIndexOf('.') + 1);
  if (last !== token && continuing.has(`${last}.`)) return 'continuing';
  if (!DOTTED.test(token)) return null;
  return token.length === 1 ? 'initial' : 'acronym';
}

export const isSentenceStarter = (word: string): boolean => starters.has(word);
