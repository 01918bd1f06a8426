/**
 * The `proposals` stage: the plans, deals and offers on the table, each followed across its
 * mentions ("Biden's plan" ... "the proposal" ... "that plan — a three-part roadmap"), with its
 * sponsor and phases when the text says them.
 *
 * Linking, in order: a definite mention without modifiers ("the proposal", "that plan", "such
 * idea") refers to the latest proposal; a mention whose sponsor is known joins that sponsor's
 * proposal; an apposition ("That plan — a three-part roadmap") joins the phrase before it; any
 * other mention opens a new proposal.
 */
import { type Doc, layer, type Proposal, type Token } from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'
import { createPartyIndex, type PartyIndex } from '../common/party-index.ts'
import { findProposalMentions, type ProposalMention } from './find-proposal-mentions.ts'

export type ProposalsOptions = Record<string, never>

export function proposals(_options: ProposalsOptions = {}): Stage<'proposals'> {
  return {
    name: 'proposals',
    requires: ['tokens', 'sentences', 'actors'],
    run: (doc: Doc) => ({ annotations: linkProposals(doc) }),
  }
}

interface Entry {
  name: string
  sponsor: string | null
  phases: number
  mentions: ProposalMention[]
}

const OFFER_VERBS =
  /^.*\b(proposed|offered|put forward|unveiled|presented|submitted|tabled|announced|laid out|drafted|revealed|floated|suggested)\b[^.;:]{0,40}$/i

function linkProposals(doc: Doc): Proposal[] {
  const text = doc.text
  const parties = createPartyIndex(layer(doc, 'actors'))
  const bySentence = new Map<number, Token[]>()
  for (const t of layer(doc, 'tokens')) {
    const list = bySentence.get(t.sentence)
    if (list) list.push(t)
    else bySentence.set(t.sentence, [t])
  }
  const entries: Entry[] = []
  let previousEnd = -1
  for (const tokens of bySentence.values()) {
    for (const mention of findProposalMentions(text, tokens, parties)) {
      const sponsor = mention.sponsor ?? sponsorByVerb(text, mention, parties)
      const gap = previousEnd >= 0 ? text.slice(previousEnd, mention.start) : ''
      const latest = entries[entries.length - 1]
      let target: Entry | undefined
      if (latest && /^\s*[—–(,:]\s*(an?\s+)?$/.test(gap)) target = latest
      else if (sponsor) target = entries.findLast((e) => e.sponsor === sponsor)
      if (!target && mention.anaphoric)
        target = entries.findLast((e) => e.mentions.some((m) => m.head === mention.head)) ?? latest
      if (!target && sponsor === null && latest && sameName(text, latest, mention)) target = latest
      if (target) {
        target.mentions.push(mention)
        if (!target.sponsor && sponsor) target.sponsor = sponsor
        if (!target.phases && mention.phases) target.phases = mention.phases
        if (!mention.anaphoric && isBetterName(target.name, text.slice(mention.start, mention.end)))
          target.name = cleanName(text.slice(mention.start, mention.end))
      } else {
        entries.push({
          name: cleanName(text.slice(mention.start, mention.end)),
          sponsor,
          phases: mention.phases,
          mentions: [mention],
        })
      }
      previousEnd = mention.end
    }
  }
  return entries.map((e, i) => ({
    id: `proposal-${i + 1}`,
    name: e.name,
    sponsor: e.sponsor,
    phases: Array.from({ length: e.phases }, (_, k) => `phase ${k + 1}`),
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
  }))
}

/** "Israel proposed to Hamas a three-phase deal": the subject of an offering verb sponsors the object. */
function sponsorByVerb(text: string, mention: ProposalMention, parties: PartyIndex): string | null {
  const lineStart = Math.max(0, mention.start - 90)
  const before = text.slice(lineStart, mention.start)
  const verb = OFFER_VERBS.exec(before)
  if (!verb) return null
  const verbAt = lineStart + verb[0].length - verb[0].slice(verb[0].lastIndexOf(verb[1]!)).length
  const clauseStart = Math.max(
    lineStart,
    text.lastIndexOf('.', verbAt) + 1,
    text.lastIndexOf(',', verbAt) + 1,
  )
  const subject = parties.within(clauseStart, verbAt).pop()
  return subject ? parties.side(subject.actor) : null
}

function sameName(text: string, entry: Entry, mention: ProposalMention): boolean {
  const last = entry.mentions[entry.mentions.length - 1]!
  return last.head === mention.head && !/^(an?)\b/i.test(text.slice(mention.start, mention.end))
}

function isBetterName(current: string, candidate: string): boolean {
  return cleanName(candidate).split(/\s+/).length > current.split(/\s+/).length
}

function cleanName(phrase: string): string {
  return phrase
    .replace(/^(the|a|an|that|this|these|those|such|its|their|his|her)\s+/i, '')
    .replace(/\s+/g, ' ')
}
