// CAMEO-style actor codes (SPEC §2.1): a country part (ISO alpha-3, or an IGO/bloc code) and
// zero or more three-letter role codes appended, e.g. RUS, RUSGOV, UKRREB, USAMILNAV.

/**
 * The CAMEO 1.1b3 role codes a dictionary may append. A closed list, so that a typo such as
 * `RUSGVO` is reported instead of becoming a new actor.
 */
export const ROLE_CODES: ReadonlySet<string> = new Set([
  'GOV', // government, leaders, diplomats
  'MIL', // armed forces
  'REB', // rebels, separatists, non-state armed groups
  'INS', // insurgents
  'SEP', // separatists
  'UAF', // unidentified armed forces
  'OPP', // opposition
  'PTY', // political parties
  'LEG', // legislatures
  'JUD', // courts, prosecutors
  'COP', // police
  'SPY', // intelligence services
  'MED', // media
  'BUS', // business
  'MNC', // multinational corporations
  'NGO', // non-governmental organisations
  'IGO', // inter-governmental bodies
  'EDU', // education
  'CVL', // civilians
  'REF', // refugees
  'LAB', // labour
  'AGR', // agriculture
  'HLH', // health
  'ELI', // elites, former officials
  'REL', // religion
  'HRI', // human rights
  'ENV', // environment
  'CRM', // criminals
  'RAD', // radicals
  'MOD', // moderates
  'NAV', // navy (after MIL)
  'AIR', // air force (after MIL)
]);

/** True when `code` is `country` followed by role codes only (`country` may be empty). */
export function isActorCode(code: string, country: string): boolean {
  if (!code.startsWith(country)) return false;
  const roles = code.slice(country.length);
  if (roles.length % 3 !== 0) return false;
  for (let i = 0; i < roles.length; i += 3) {
    if (!ROLE_CODES.has(roles.slice(i, i + 3))) return false;
  }
  return true;
}

/** The role part of a code (`RUSGOV` of country `RUS` → `GOV`), '' for the bare country. */
export const rolePart = (code: string, country: string): string =>
  code.startsWith(country) ? code.slice(country.length) : '';
