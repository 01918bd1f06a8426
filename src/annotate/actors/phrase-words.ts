/**
 * Word lists the phrase reader uses besides the lexicon: speech verbs, coreferring nouns, group nouns
 * that need an affiliation, organisation head words with their sector, and the first words of titles
 * and group nouns (the cheap test of where a phrase can start).
 */
import { MONTHS, WEEKDAYS } from '../common/dates.ts'
import { GROUP_NOUNS } from './group-nouns.ts'
import { NP_MODIFIERS, PRONOUNS } from './lexicon.ts'
import { ROLE_TITLES } from './titles.ts'

export const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'state',
  'note',
  'explain',
  'write',
  'insist',
  'announce',
  'warn',
])
/** Compass words before a place ("in south France") or naming a part of it ("in the north of Kerala"). */
export const COMPASS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'central',
])
export const ORG_COREF = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'faction'])
export const STATE_COREF = new Set(['country', 'nation', 'kingdom', 'republic'])
/** Group nouns that name nothing without an affiliation ("the office", "the party"). */
export const NEEDS_AFFILIATION = new Set([
  'official',
  'authority',
  'government',
  'administration',
  'regime',
  'cabinet',
  'leadership',
  'ministry',
  'department',
  'junta',
  'negotiator',
  'diplomat',
  'delegation',
  'office',
  'state',
  'leader',
  'force',
  'party',
  'court',
  'bank',
  'business',
  'company',
  'firm',
  'school',
  'hospital',
  'union',
  'assembly',
  'media',
  'public',
  'family',
  'people',
  'fleet',
  'jet',
  'tank',
  'guard',
  'agent',
  'general',
  'commander',
  'worker',
  'student',
  'intelligence',
])
export const ORG_HEAD_SECTOR: Record<string, string> = {
  ministry: 'GOV',
  department: 'GOV',
  office: 'GOV',
  agency: 'GOV',
  council: 'GOV',
  commission: 'GOV',
  authority: 'GOV',
  cabinet: 'GOV',
  government: 'GOV',
  administration: 'GOV',
  bureau: 'GOV',
  service: 'GOV',
  party: 'PTY',
  movement: 'OPP',
  front: 'REB',
  brigades: 'REB',
  brigade: 'REB',
  army: 'MIL',
  forces: 'MIL',
  force: 'MIL',
  guard: 'MIL',
  fleet: 'MIL',
  navy: 'MIL',
  union: 'LAB',
  court: 'JUD',
  parliament: 'LEG',
  assembly: 'LEG',
  senate: 'LEG',
  congress: 'LEG',
  bank: 'BUS',
  corporation: 'BUS',
  company: 'BUS',
  'inc.': 'BUS',
  ltd: 'BUS',
  university: 'EDU',
  college: 'EDU',
  institute: 'EDU',
  police: 'COP',
  church: 'REL',
  cartel: 'CRM',
  times: 'JRN',
  post: 'JRN',
  news: 'JRN',
  network: 'JRN',
}
export const QUANTITY = new Set([
  'dozen',
  'dozens',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'hundred',
  'thousand',
  'more',
  'than',
])
/** Nouns that only say "a body of": "paramilitary organization", "gang confederations". */
export const BODY_NOUNS = new Set([
  'organization',
  'organisation',
  'group',
  'unit',
  'confederation',
  'network',
  'outfit',
  'ring',
  'cell',
  'faction',
])
export const TITLE_FIRST = new Set([...ROLE_TITLES.keys()].map((t) => t.split(' ')[0]!))
export const GROUP_FIRST = new Set([...GROUP_NOUNS.keys()].map((t) => t.split(' ')[0]!))

/** Parts of speech no lower-case actor phrase starts with. */
export const SKIP_POS = new Set([
  'PUNCT',
  'ADP',
  'VERB',
  'AUX',
  'CCONJ',
  'SCONJ',
  'PART',
  'ADV',
  'SYM',
  'INTJ',
])
/** Every word a phrase of interest can start with, besides capitalised words and KB forms. */
export const START_WORDS = new Set([
  ...TITLE_FIRST,
  ...GROUP_FIRST,
  ...NP_MODIFIERS,
  ...QUANTITY,
  ...PRONOUNS.keys(),
  'who',
  'the',
  'a',
  'an',
])

export function singularOf(s: string): string {
  return s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') ? s.slice(0, -1) : s
}
/** GOV group nouns that name the government itself, whatever modifies them ("military government"). */
export const GOV_BODIES = new Set([
  'government',
  'administration',
  'regime',
  'cabinet',
  'junta',
  'authority',
  'state',
  'leadership',
  'ministry',
  'department',
  'office',
])
/** Time words that follow a subject without modifying it: "officers today ended…". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'overnight',
  ...WEEKDAYS,
  ...MONTHS,
])
/** Places a group holds: "guerrilla camps", "rebel positions", "militant hideouts" name the group. */
export const HOLDINGS: ReadonlySet<string> = new Set([
  'camp',
  'base',
  'position',
  'stronghold',
  'hideout',
  'headquarters',
  'outpost',
])
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.'])
export const MIL_LIKE = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD'])
