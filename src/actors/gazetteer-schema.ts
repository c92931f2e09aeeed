// The formats of the actor dictionaries in data/actors/ and of users' own dictionaries. Each
// file declares its format in `$schema` and `version`, so the loader never guesses from a file
// name. Entries are validated one by one (see load-gazetteer.ts), hence one schema per entry.
import { z } from 'zod';
import { isActorCode } from './actor-code.js';

export const GAZETTEER_VERSION = 1;

/** `$schema` value of each dictionary format, keyed by the part of the gazetteer it fills. */
export const GAZETTEER_FORMATS = {
  states: 'entente/actors/states',
  organisations: 'entente/actors/organisations',
  people: 'entente/actors/people',
  roles: 'entente/actors/roles',
} as const;
export type GazetteerPart = keyof typeof GAZETTEER_FORMATS;

export const dictionaryFileSchema = z.looseObject({
  $schema: z.enum(Object.values(GAZETTEER_FORMATS) as [string, ...string[]]),
  version: z.literal(GAZETTEER_VERSION),
  entries: z.array(z.unknown()),
});

const text = z.string().trim().min(1, 'must not be empty').max(200);
const texts = z.array(text).default([]);

const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine(isRealDate, 'is not a calendar date');

const stateCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code (three capital letters)');
/** A country-like code: ISO alpha-3, or an IGO/bloc code such as NATO, EU, G7, WST. */
const countryCode = z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'must be a state, IGO or bloc code in capitals (RUS, NATO, G7)');
const actorCode = z.string().regex(/^[A-Z][A-Z0-9]{1,29}$/, 'must be a CAMEO-style code in capitals (RUSGOV, FRAMED)');

/** `code` must be `country` followed by zero or more CAMEO role codes (RUS, RUSGOV, USAMILNAV…). */
const codeMatchesCountry = (v: { code: string; country: string }): boolean => isActorCode(v.code, v.country);
const codeMessage = { message: 'code must be the country code followed by CAMEO role codes (e.g. RUSGOV)', path: ['code'] };

// A seat or government building used as a metonym. Written as a bare string it resolves to
// `<state>GOV`; `code` names another role (the Pentagon is USAMIL).
const seat = z.union([text, z.strictObject({ name: text, code: actorCode.optional() })])
  .transform((s) => (typeof s === 'string' ? { name: s } : s));

export const stateEntrySchema = z.strictObject({
  code: stateCode,
  name: text,
  status: z.enum(['member', 'observer', 'partially-recognised', 'historical']),
  names: texts, // long and short forms, former names, transliterations, misspellings
  abbreviations: texts, // matched case-sensitively by the matcher (US, UK, PRC)
  demonyms: texts, // adjectives and nouns: Russian, Russians
  prefixes: z.array(text.regex(/-$/, 'a combining prefix ends with "-" (Sino-)')).default([]),
  capitals: texts, // resolve to the state itself, as PETRARCH does (ATHENS → GRC)
  seats: z.array(seat).default([]),
  from: isoDate.optional(),
  to: isoDate.optional(),
  successors: z.array(stateCode).default([]),
  note: z.string().optional(),
}).refine((s) => s.status !== 'historical' || s.to !== undefined, { message: 'a historical state needs "to"', path: ['to'] })
  .refine((s) => s.seats.every((seat) => seat.code === undefined || isActorCode(seat.code, s.code)),
    { message: 'a seat code must be the state code followed by CAMEO role codes (USAMIL)', path: ['seats'] });

export const ORGANISATION_KINDS = ['igo', 'bloc', 'region', 'organisation', 'media', 'armed-group', 'group'] as const;

/** A code that applies only for a period (the Taliban are AFGREB until 2021-08-15, AFGGOV after). */
const codePeriod = z.strictObject({ code: actorCode, from: isoDate.optional(), to: isoDate.optional() });

export const organisationEntrySchema = z.strictObject({
  id: z.string().regex(/^([A-Z][A-Z0-9]{1,11}|[a-z]+:[a-z0-9]+(-[a-z0-9]+)*)$/,
    'must be an IGO/bloc code (NATO) or a "kind:slug" id (media:tass)'),
  kind: z.enum(ORGANISATION_KINDS),
  name: text,
  names: texts,
  abbreviations: texts,
  demonyms: texts, // Western → WST, European → EUR
  prefixes: z.array(text.regex(/-$/, 'a combining prefix ends with "-" (Euro-)')).default([]),
  country: countryCode,
  code: actorCode,
  periods: z.array(codePeriod).default([]),
  members: z.array(countryCode).default([]), // for groups a text may expand (the Baltic states)
  // A city, sea or landform: where things happen, not who acts. Kept for event locations.
  place: z.enum(['city', 'sea', 'feature']).optional(),
  note: z.string().optional(),
}).refine((o) => !['igo', 'bloc'].includes(o.kind) || (o.id === o.country && o.code === o.country),
  { message: 'an IGO or bloc is its own country: id, country and code must be the same code', path: ['id'] })
  .refine((o) => ['igo', 'bloc'].includes(o.kind) === /^[A-Z]/.test(o.id),
    { message: 'only IGOs and blocs have a code as id; other kinds use "kind:slug"', path: ['id'] })
  .refine(codeMatchesCountry, codeMessage)
  .refine((o) => o.periods.every((p) => isActorCode(p.code, o.country)), { ...codeMessage, path: ['periods'] });

export const OFFICE_ROLES = [
  'head-of-state', 'head-of-government', 'vice-president', 'deputy-head-of-government',
  'foreign-minister', 'defence-minister', 'minister', 'spokesperson', 'igo-head', 'igo-official',
  'party-leader', 'legislator', 'diplomat', 'security-official', 'military-chief',
  'opposition-leader', 'armed-group-leader', 'other',
] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

const office = z.strictObject({
  role: z.enum(OFFICE_ROLES),
  country: countryCode,
  code: actorCode,
  title: text.optional(), // as written before a name: President, Chancellor, Supreme Leader
  from: isoDate,
  to: isoDate.nullable(), // null: still in office
  approx: z.boolean().optional(), // true: a date is known only to the month (day set to 01) or less
  note: z.string().optional(),
}).refine(codeMatchesCountry, codeMessage)
  .refine((o) => o.to === null || o.from <= o.to, { message: '"from" is after "to"', path: ['to'] });

export const personEntrySchema = z.strictObject({
  id: z.string().regex(/^person:[a-z0-9]+(-[a-z0-9]+)*$/, 'must be "person:" and a lower-case slug (person:boris-johnson)'),
  name: text,
  aliases: texts, // surnames, transliterations, machine-translation renderings
  offices: z.array(office).min(1, 'a person needs at least one office'),
  note: z.string().optional(),
});

// `equipment`: hardware that stands for the forces operating it ("Russian jets" are RUSMIL), but
// is goods after a verb of supply ("bought Russian jets") and takes a craft's name, not a person's.
export const ROLE_TARGETS = ['person', 'body', 'group', 'equipment'] as const;

export const roleEntrySchema = z.strictObject({
  phrases: z.array(text).min(1),
  code: z.string().regex(/^[A-Z]{3}$/, 'must be one CAMEO role code (GOV, MIL, OPP…)'),
  refersTo: z.enum(ROLE_TARGETS), // one person (president), an institution (army), a set of people (rebels), hardware (jets)
  offices: z.array(z.enum(OFFICE_ROLES)).default([]), // offices whose holder the phrase can name
  // An institution every state has under one name ("the Foreign Ministry", "the customs"): written
  // without a country, it is the one of the state the passage is about (national-bodies.ts).
  national: z.boolean().optional(),
  note: z.string().optional(),
}).refine((r) => isActorCode(r.code, ''), { message: 'not a known CAMEO role code', path: ['code'] });

export type StateEntry = z.infer<typeof stateEntrySchema>;
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type PersonEntry = z.infer<typeof personEntrySchema>;
export type Office = PersonEntry['offices'][number];
export type RoleEntry = z.infer<typeof roleEntrySchema>;
export type Seat = StateEntry['seats'][number];

/** The entry schema for each part; the loader picks one by the file's `$schema`. */
export const ENTRY_SCHEMAS = {
  states: stateEntrySchema,
  organisations: organisationEntrySchema,
  people: personEntrySchema,
  roles: roleEntrySchema,
} as const;
