/**
 * Sticking points the text names: "The main point of disconnect appears to be X", "X remains
 * the key obstacle", "the two sides remain divided over X", "unable to agree on X", "their
 * conflicting conditions for X". The issue is the phrase the cue points at; the parties are the
 * sides named in the sentence, else the two leading sides of the article.
 */
import type { Disconnect, Sentence, Span } from '../../doc/index.ts'
import type { PartyIndex } from '../common/party-index.ts'

/** Cues whose issue follows them ("the sticking point is X", "divided over X"). */
const CUE_THEN_ISSUE =
  /\b(?:(?:main|key|major|biggest|central|principal|remaining|last|final|chief)\s+)?(?:point of disconnect|points? of contention|sticking points?|stumbling blocks?|bones? of contention|obstacles?|hurdles?|disagreements?)\b(?:\s+(?:in the talks|in the negotiations|so far))?\s+(?:appears? to be|seems? to be|is|are|was|were|remains?|has been|concerns?|involves?|over|on|about|:)\s+/gi
const DIVIDED =
  /\b(?:remain(?:s|ed)?\s+|are\s+|were\s+|still\s+)?(?:divided|split|at odds|deadlocked|disagree(?:d)?)\s+(?:over|on|about)\s+|\b(?:unable|failed|fail)\s+to\s+(?:agree|reach (?:an )?agreement|bridge (?:the )?gaps?)\s+(?:on|over|about)\s+|\b(?:could|can|did|do)\s*(?:not|n't)\s+agree\s+(?:on|over)\s+/gi
/** Cues whose issue precedes them ("X remains the key obstacle"). */
const ISSUE_THEN_CUE =
  /\s+(?:remains?|is|was|has been|became|becomes)\s+(?:the|a|one of the)\s+(?:(?:main|key|major|biggest|central|principal|remaining|last|final|chief)\s+)?(?:sticking points?|stumbling blocks?|obstacles?|hurdles?|bones? of contention|points? of (?:disconnect|contention))\b/gi
/** Cues that are themselves the issue ("their conflicting conditions for a permanent cease-fire"). */
const SELF_NAMED =
  /\b(?:conflicting|competing|incompatible|irreconcilable|mutually exclusive)\s+(?:conditions|demands|positions|preconditions|visions|goals)(?:\s+(?:for|on|over|about)\s+[^,.;]+?)?(?=\s+(?:must|have|has|are|is|were|was|remain)\b|[,.;]|$)/gi

/**
 * Words every cue above contains. Most articles name no sticking point, and the cue patterns open
 * with optional groups that the regex engine retries at every offset, so a sentence without any
 * of these words is skipped before they run.
 */
const CUE_WORD =
  /disconnect|contention|sticking|stumbling|obstacle|hurdle|disagree|divided|split|at odds|deadlock|agree|bridge|conflicting|competing|incompatible|irreconcilable|exclusive/i

const STOP_ISSUE =
  /,\s|;|\.\s|\.$|\s[–—]\s|\s\((?!\w+\))|\s(?:which|who|that|as|because|while|but|and the talks)\s/

export function namedDisconnects(
  text: string,
  sentences: readonly Sentence[],
  parties: PartyIndex,
  holders: ReadonlySet<string>,
): Disconnect[] {
  const out: Disconnect[] = []
  for (const s of sentences) {
    const sText = text.slice(s.start, s.end)
    if (!CUE_WORD.test(sText)) continue
    const found: Array<{ issue: Span; evidence: Span }> = []
    for (const re of [CUE_THEN_ISSUE, DIVIDED]) {
      for (const m of sText.matchAll(re)) {
        // "people disagree about X", "economists are split on X": a division between parties
        // needs the parties (or the talks) named before the cue
        if (re === DIVIDED && !namesSides(text, parties, clauseFrom(text, s, m.index), s.start + m.index))
          continue
        const issueStart = s.start + m.index + m[0].length
        const rest = text.slice(issueStart, s.end)
        const stop = rest.search(STOP_ISSUE)
        const issueEnd = issueStart + (stop >= 0 ? stop : rest.length)
        if (issueEnd - issueStart < 3) continue
        found.push({
          issue: { start: issueStart, end: issueEnd },
          evidence: { start: clauseFrom(text, s, m.index), end: issueEnd },
        })
      }
    }
    for (const m of sText.matchAll(ISSUE_THEN_CUE)) {
      const cueAt = s.start + m.index
      const from = clauseFrom(text, s, m.index)
      const issue = trimIssue(text, { start: from, end: cueAt })
      if (issue.end - issue.start < 3) continue
      found.push({ issue, evidence: { start: from, end: cueAt + m[0].length } })
    }
    for (const m of sText.matchAll(SELF_NAMED)) {
      const at = s.start + m.index
      const span = { start: at, end: at + m[0].length }
      found.push({ issue: span, evidence: { start: clauseFrom(text, s, m.index), end: s.end } })
    }
    for (const f of found) {
      out.push({
        parties: partiesOf(parties, s, text, holders),
        issue: cleanIssue(text.slice(f.issue.start, f.issue.end)),
        basis: 'named',
        evidence: [trimEnd(text, f.evidence)],
      })
    }
  }
  return out
}

const SIDES_WORDS =
  /\b(?:sides|parties|negotiators|delegations|talks|negotiations|mediators|they|both|neither|the two)\b/i

/** Whether `[from, to)` names a party to the talks or refers to the sides collectively. */
function namesSides(text: string, parties: PartyIndex, from: number, to: number): boolean {
  return parties.within(from, to).length > 0 || SIDES_WORDS.test(text.slice(from, to))
}

/** The start of the clause holding the cue: after the last semicolon, colon or dash before it. */
function clauseFrom(text: string, s: Sentence, offset: number): number {
  const before = text.slice(s.start, s.start + offset)
  const cut = Math.max(
    before.lastIndexOf('; '),
    before.lastIndexOf(': '),
    before.lastIndexOf(' — '),
    before.lastIndexOf(', with '),
  )
  return cut >= 0 ? s.start + cut + 2 : s.start
}

function trimIssue(text: string, span: Span): Span {
  let { start } = span
  const slice = text.slice(span.start, span.end)
  let cut = -1
  for (const m of slice.matchAll(
    /,\s|\bthat\s|\b(?:said|says|told \w+|added|noted|warned|argued|believes?)\s+/g,
  )) {
    cut = m.index + m[0].length
  }
  if (cut >= 0) start = span.start + cut
  return { start, end: span.end }
}

function trimEnd(text: string, span: Span): Span {
  let { start, end } = span
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--
  while (start < end && /\s/.test(text[start]!)) start++
  return { start, end }
}

function cleanIssue(issue: string): string {
  return issue
    .replace(/^(the|a|an|their|its|his|her)\s+/i, '')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Sides named in the sentence, those holding positions first; "both sides" keeps two. */
function partiesOf(parties: PartyIndex, s: Sentence, text: string, holders: ReadonlySet<string>): string[] {
  let sides: string[] = []
  for (const m of parties.within(s.start, s.end)) {
    if (/^(it|they|he|she|we)$/i.test(text.slice(m.start, m.end))) continue
    const side = parties.side(m.actor)
    const kind = parties.actor(side)?.kind
    if ((kind === 'state' || kind === 'group' || kind === 'organization') && !sides.includes(side))
      sides.push(side)
  }
  sides.sort((a, b) => Number(holders.has(b)) - Number(holders.has(a)))
  // when two or more sides in the sentence hold positions, those are the parties to the disconnect
  if (sides.filter((x) => holders.has(x)).length >= 2) sides = sides.filter((x) => holders.has(x))
  if (/\b(both|the two) (sides|parties)\b/i.test(text.slice(s.start, s.end))) sides = sides.slice(0, 2)
  for (const side of parties.sides) {
    if (sides.length >= 2) break
    if (!sides.includes(side)) sides.push(side)
  }
  return sides
}
