/**
 * Finds the noun phrases that name a proposal, plan or deal ("Biden's plan", "the three-part
 * roadmap", "an Israel-backed ceasefire proposal", "any such idea") and reads what each one says
 * about itself: its determiner (definite mentions refer back), its sponsor, its phase count.
 */
import type { Token } from '../../doc/index.ts'
import type { PartyIndex } from '../common/party-index.ts'

/** Head nouns of a proposal mention. */
const HEADS = new Set([
  'proposal',
  'proposals',
  'plan',
  'plans',
  'deal',
  'roadmap',
  'agreement',
  'accord',
  'framework',
  'offer',
  'counteroffer',
  'counterproposal',
  'initiative',
  'bill',
  'blueprint',
  'package',
  'pact',
  'settlement',
  'terms',
  'idea',
  'efforts',
  'resolution',
  'treaty',
  'demands',
  'offers',
])
/** Heads that name a proposal only when something marks them as one (a possessor, "proposed", "such"). */
const WEAK_HEADS = new Set([
  'demands',
  'offers',
  'terms',
  'idea',
  'efforts',
  'settlement',
  'package',
  'resolution',
  'offer',
])
/** Heads that are also verbs ("plans offer", "proposals plan"). */
const VERB_HEADS = new Set(['offer', 'plan', 'deal', 'package', 'bill'])
const OBJECT_START = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'ADP', 'PROPN'])
const MARKED =
  /\b(proposed|backed|brokered|sponsored|such|this|that|these|those|new|latest|draft|peace|ceasefire|cease-fire|truce)\b|'s|’s/i
/** Determiners that make a mention generic ("any deal", "no agreement", "some sort of deal"). */
const GENERIC = /^(any|no|some|every|each|whatever|sort|kind)$/i
const DETERMINERS = /^(the|a|an|that|this|these|those|such|any|no|its|their|his|her|our|my|your)$/
const PARTICIPLES = /^(backed|led|proposed|brokered)$/
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])
const PHASES = /\b(two|three|four|five|2|3|4|5)[- ](part|phase|stage|step|tier)\b/i
const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 }

export interface ProposalMention {
  readonly start: number
  readonly end: number
  /** The head noun's lower-cased form. */
  readonly head: string
  /** Refers back to an earlier proposal ("the proposal", "that plan", "such idea"). */
  readonly anaphoric: boolean
  readonly sponsor: string | null
  readonly phases: number
}

/** Proposal mentions of one sentence, from its tokens (a slice of the `tokens` layer). */
export function findProposalMentions(
  text: string,
  tokens: readonly Token[],
  parties: PartyIndex,
): ProposalMention[] {
  const out: ProposalMention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!
    const norm = head.norm.replace(/-/g, '')
    if (!HEADS.has(norm) || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) continue
    // the head of the phrase is the last noun: "proposal" in "ceasefire proposal", not "deal" in "deal talks"
    const next = tokens[i + 1]
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && !HEADS.has(next.norm)) continue
    // "the tax proposals offer voters relief": after a plural head, a bare head noun before its
    // own object is the verb the tagger took for a noun
    const prevHead = tokens[i - 1]
    if (
      prevHead &&
      HEADS.has(prevHead.norm) &&
      prevHead.norm.endsWith('s') &&
      VERB_HEADS.has(norm) &&
      next &&
      OBJECT_START.has(next.pos)
    )
      continue
    let first = i
    while (first > 0) {
      const current = tokens[first]!
      // a determiner or possessor opens the phrase: stop before "Hamas" in "to Hamas a three-phase deal"
      if (current.pos === 'DET' || DETERMINERS.test(current.norm)) break
      const prev = tokens[first - 1]!
      const joined = text.slice(prev.end, current.start)
      if (joined.length > 1 || /[^\s-]/.test(joined)) break
      const hyphen = /^[-–]$/.test(prev.norm) || /^-/.test(current.norm) || joined === '-'
      const possessor = /^['’]s?$/.test(current.norm) // the tagger may call a name before "'s" a verb ("Ford's")
      if (
        !hyphen &&
        !possessor &&
        !NP_POS.has(prev.pos) &&
        !DETERMINERS.test(prev.norm) &&
        !PARTICIPLES.test(prev.norm)
      )
        break
      first--
    }
    const words = tokens.slice(first, i + 1)
    if (words.some((t) => GENERIC.test(t.norm)) && !words.some((t) => t.norm === 'such')) continue
    // "Mr. Johnson plans to put the bill to a vote": a verb the tagger took for a noun
    if (
      next?.norm === 'to' &&
      !words.some((t) => t.pos === 'DET' || DETERMINERS.test(t.norm) || /^['’]s?$/.test(t.norm))
    )
      continue
    const phraseStart = tokens[first]!.start
    const phrase = text.slice(phraseStart, head.end)
    // a weak head counts when marked, or when a party names it ("the US offer")
    if (
      WEAK_HEADS.has(norm) &&
      !MARKED.test(phrase) &&
      !parties.within(phraseStart, head.start).some((m) => m.kind !== 'pronoun')
    )
      continue
    const determiner = words[0]!.norm
    const modifiers = words.filter((t) => t !== head && t.pos !== 'DET' && !DETERMINERS.test(t.norm))
    const anaphoric =
      /^(the|that|this|such|these|those)$/.test(determiner) &&
      modifiers.every((t) => /^(new|latest|proposed|such|same|current)$/.test(t.norm))
    const phaseMatch = PHASES.exec(phrase)
    out.push({
      start: phraseStart,
      end: head.end,
      head: norm,
      anaphoric: anaphoric || (words.length === 2 && determiner === 'such'),
      sponsor: sponsorOf(text, phraseStart, head.end, parties),
      phases: phaseMatch ? (NUMBER[phaseMatch[1]!.toLowerCase()] ?? 0) : 0,
    })
  }
  return out
}

/** The actor that owns or backs a proposal: "Biden's plan", "an Israel-backed proposal", "proposed by X". */
function sponsorOf(text: string, start: number, end: number, parties: PartyIndex): string | null {
  for (const m of parties.within(start, end)) {
    const after = text.slice(m.end, m.end + 12)
    if (/^\s*(['’]s?|-backed|-brokered|-proposed|-led)\b/i.test(after) || /^['’]s?\s/.test(after))
      return m.actor
  }
  const tail = text.slice(end, end + 60)
  const by =
    /^,?\s*(?:which was\s+|that was\s+)?(?:first\s+)?(?:proposed|drafted|put forward|brokered|backed|unveiled|announced) by\s/i.exec(
      tail,
    )
  if (by) {
    const m = parties.within(end + by[0].length, end + by[0].length + 40)[0]
    if (m) return m.actor
  }
  return null
}
