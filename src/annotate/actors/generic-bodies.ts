/**
 * Bodies named by words every state uses. "The Senate", "the Defense Department", "the NSC" are the
 * KB's American bodies only in an article that names the United States: in a text from Islamabad
 * that never does, they are Pakistan's. Such a mention becomes an unknown body of the same sector,
 * which `placeBodies` then places in the state that leads its paragraph.
 */
import type { Kb, KbEntry } from '../../kb/index.ts'
import { ORG_HEAD_SECTOR } from './phrase-words.ts'
import type { Ent, Registry } from './registry.ts'
import { slug } from './scan-env.ts'

/** Words of institutions found in many states; a name made only of these names no one state's body. */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  (
    'supreme constitutional high court senate house representatives congress parliament national assembly ' +
    'security council defense defence department ministry foreign interior finance justice state central bank ' +
    'election electoral commission armed forces army navy air force police guard coast cabinet presidency ' +
    'federal lower upper chamber general staff intelligence service joint chiefs of the and for'
  ).split(' '),
)
const LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for'])

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}']+/gu) ?? []

/** True when a name is made only of words every state's institutions use ("Security Service"). */
export function isGenericName(text: string): boolean {
  const words = wordsOf(text)
  return words.some((w) => !LINKS.has(w)) && words.every((w) => INSTITUTION_WORDS.has(w))
}

/**
 * The names of a national body that any state's body could bear, lower-cased: its generic names
 * ("senate", "defense department") and their initials ("nsc" for National Security Council).
 */
function genericNames(entry: KbEntry): ReadonlySet<string> {
  const out = new Set<string>()
  if (entry.kind !== 'organization' || entry.country === null) return out
  for (const name of [entry.name, ...entry.aliases]) {
    if (!isGenericName(name)) continue
    const words = wordsOf(name)
    out.add(words.join(' '))
    const initials = words.filter((w) => !LINKS.has(w)).map((w) => w[0])
    if (initials.length >= 2) out.add(initials.join(''))
  }
  return out
}

const cache = new WeakMap<KbEntry, ReadonlySet<string>>()
function genericNamesOf(entry: KbEntry): ReadonlySet<string> {
  let names = cache.get(entry)
  if (names === undefined) {
    names = genericNames(entry)
    cache.set(entry, names)
  }
  return names
}

/** True when the mention's text is one of the entry's generic names ("the Senate", "NSC"). */
export function isGenericMention(entry: KbEntry, mentionText: string): boolean {
  const names = genericNamesOf(entry)
  if (names.size === 0) return false
  const words = wordsOf(mentionText)
  if (words[0] === 'the') words.shift()
  return names.has(words.join(' '))
}

/**
 * Countries the article names through something other than a generic body: a state, a known person
 * or organisation. (Unknown actors only borrow a country from those, or from the generic body itself.)
 */
function namedCountries(live: readonly Ent[], generic: ReadonlySet<Ent>): Set<string> {
  const out = new Set<string>()
  for (const e of live) {
    if (e.country === null || generic.has(e) || !(e.kind === 'state' || e.known)) continue
    // the agency in a dateline ("(AP)") says where the wire is from, not what the story is about
    if (e.sector === 'JRN') continue
    out.add(e.country)
  }
  return out
}

/**
 * Turns KB bodies met only under generic names into unknown bodies of the same sector when the
 * article names their country nowhere else. Runs after the scan, before coreference and placement.
 */
export function localiseGenericBodies(reg: Registry, kb: Kb, text: string): void {
  const live = reg.live()
  const generic = new Set<Ent>()
  for (const e of live) {
    if (!e.known || e.kind !== 'organization' || e.country === null) continue
    const entry = kb.byId.get(e.id)
    if (entry && e.mentions.every((m) => isGenericMention(entry, text.slice(m.start, m.end)))) generic.add(e)
  }
  if (generic.size === 0) return
  const named = namedCountries(live, generic)
  for (const e of generic) {
    if (named.has(e.country!)) continue
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a))
    const name = text.slice(first.start, first.end).replace(/^the\s+/i, '')
    const local = reg.ensure({
      id: reg.freshId(`local-${slug(name)}`),
      name,
      kind: 'organization',
      country: null,
      // the head word says what such a body is elsewhere ("Defense Department": a ministry, GOV,
      // though the KB codes the Pentagon MIL); an acronym keeps the KB's sector
      sector: ORG_HEAD_SECTOR[wordsOf(name).at(-1) ?? ''] ?? e.sector,
      affiliation: null,
      role: null,
      known: false,
    })
    for (const m of e.mentions) reg.mention(local, m)
    reg.unmentionAll(e)
    // people and units the scan tied to the body ("the NSC party", "an NSC official") follow it, and
    // lose the country it lent them
    for (const p of live) {
      if (p === e || p.known) continue
      const tied =
        p.affiliation === e.id ||
        p.mentions.some((pm) => local.mentions.some((m) => m.start >= pm.start && m.end <= pm.end))
      if (!tied) continue
      p.affiliation = local.id
      if (p.country === e.country) p.country = null
    }
  }
}
