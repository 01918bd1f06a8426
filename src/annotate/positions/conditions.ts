/**
 * Conditions: a negated or "only" main clause with unless/until/only if/as long as/before ("will not
 * agree unless Y ...", "no permanent ceasefire until Y ..."), a truce made conditional on something,
 * refusals of a deal "that does not ...", and if-gates ("if Y does Z, an agreement can be reached"):
 * each condition is a precondition demand on its subject.
 */
import type { Position, Sentence } from '../../doc/index.ts'
import { demandPositions, tokensIn, trimPunctuation } from './content.ts'
import {
  type Context,
  clauseEnd,
  clauseStart,
  holderAt,
  isPronounMention,
  reporterOf,
  speechAt,
  subjectBefore,
} from './context.ts'
import { addresseeFor, afterReport, hasVerb, sentenceText } from './sentence-scope.ts'

const CONDITION =
  /\b(unless|until|only if|only when|only after|as long as|provided that|on condition that|before|if)\b/gi

/** "made the truce conditional on X", "in exchange for X": the object is a precondition. */
const CONDITIONED =
  /\b(?:conditional|conditioned|contingent|dependent)\s+(?:up)?on\s+|\b(?:in exchange for|in return for|as a precondition for [^,.;]+?,?)\s+/gi

const NEGATED =
  /\b(not|no|never|cannot|refus\w*|only|continu\w*|press on|fight on|keep fighting|go on)\b|n['’]t\b/i

const RELATIVE_NEGATION =
  /(?:\b(?:not|never|cannot)|n['’]t)\s+(?:agree|accept|sign|support|back|approve)\b[^.;]*?\b(?:that|which)\s+(?:does|do|did|would|will)\s*(?:\s*not|n['’]t)\s+/gi

const IF_GATE =
  /\b(agreement|deal|truce|cease-?fire|talks|negotiations|peace)\b[^.;]{0,40}?\b(?:can|could|will|would|may|might)\s+(?:be\s+)?(?:\w+\s+){0,2}?(reached|achieved|possible|signed|concluded|happen|succeed|resume|start|begin)\b/i

/**
 * "Fain told his members to not walk off the job unless ...": a directive to people the article
 * does not name as a party is an instruction inside one side, not a demand on the other.
 */
function instructsOwnPeople(ctx: Context, s: Sentence, from: number, main: string): boolean {
  if (!/^\s*(?:to not|not to)\b/i.test(main)) return false
  const before = ctx.text.slice(s.start, from)
  const directive = /\b(?:told|instructed|asked|urged|ordered|called on|advised)\s+([^.;]{1,200}?)\s*$/i.exec(
    before,
  )
  if (!directive) return false
  const objectStart = s.start + directive.index + directive[0].length - directive[1]!.length - 1
  return !ctx.parties.within(objectStart, from).some((m) => !isPronounMention(ctx.text, m))
}

export function conditions(ctx: Context, s: Sentence): Position[] {
  const { text, parties } = ctx
  const sText = sentenceText(ctx, s)
  const out: Position[] = []
  for (const m of sText.matchAll(CONDITION)) {
    const at = s.start + m.index
    const from = afterReport(text, clauseStart(text, at, s.start), at)
    const main = text.slice(from, at)
    // "only if" gates by itself; "unless", "until", "before" need a refusal or a continuation
    const negation = NEGATED.exec(main) ?? (/^only\s/i.test(m[1]!) ? /\S/.exec(main) : null)
    if (!negation) continue
    // "before" gates only a refusal or a "no X" clause, not "before the talks, he met ..."
    if (m[1]!.toLowerCase() === 'before' && !/\b(no|not|never)\b|n['’]t\b/i.test(main)) continue
    // a bare "if" gates only an "only" clause: "would only agree to the deal if ..."
    if (m[1]!.toLowerCase() === 'if' && !/\bonly\b/i.test(main)) continue
    const end = clauseEnd(text, at + m[0].length, s.end)
    const condition = trimPunctuation(text, { start: at + m[0].length, end })
    if (!hasVerb(ctx, condition)) continue
    if (instructsOwnPeople(ctx, s, from, main)) continue
    const negAt = from + negation.index
    const impersonal = /\bthere (?:would|will|could|can) be no\b|^\s*no\b/i.test(main)
    // "X told Y to not ... unless ...": the directive's subject holds it, Y must comply
    const wide = clauseStart(text, at, s.start)
    const directive =
      /\b(?:told|instructed|asked|urged|ordered|called on|advised)\s+[^.;]*?\s+(?:to not|not to)\s/i.exec(
        text.slice(wide, at),
      )
    const directed = directive
      ? parties
          .within(wide + directive.index, wide + directive.index + directive[0].length)
          .filter((x) => !isPronounMention(text, x))[0]
      : undefined
    const holder = directed
      ? (subjectBefore(ctx, wide, wide + directive!.index)?.actor ?? reporterOf(ctx, s, from, end))
      : impersonal
        ? reporterOf(ctx, s, from, end)
        : (holderAt(ctx, s, from, negAt) ?? reporterOf(ctx, s, from, end))
    if (!holder) continue
    const subject = parties.within(condition.start, condition.end)[0]
    const addressee = addresseeFor(ctx, holder, subject?.actor ?? null)
    const shortMain = tokensIn(ctx.tokens, from, at).length <= 10
    const evidence = trimPunctuation(text, { start: shortMain ? from : at, end })
    out.push(
      ...demandPositions(
        text,
        {
          holder,
          addressee,
          ask: condition,
          evidence,
          precondition: true,
          conditionSpan: { start: from, end: at },
        },
        ctx.tokens,
      ),
    )
  }
  for (const m of sText.matchAll(CONDITIONED)) {
    const at = s.start + m.index
    const from = afterReport(text, clauseStart(text, at, s.start), at)
    const end = clauseEnd(text, at + m[0].length, s.end)
    const holder = holderAt(ctx, s, from, at) ?? reporterOf(ctx, s, from, end)
    if (!holder) continue
    const ask = trimPunctuation(text, { start: at + m[0].length, end })
    if (ask.end - ask.start < 3) continue
    const named = parties.within(ask.start, ask.end)[0]
    out.push(
      ...demandPositions(
        text,
        {
          holder,
          addressee: addresseeFor(ctx, holder, named?.actor ?? null),
          ask,
          evidence: trimPunctuation(text, { start: parties.within(from, at).pop()?.start ?? from, end }),
          precondition: true,
          conditionSpan: { start: from, end: at },
        },
        ctx.tokens,
      ),
    )
  }
  for (const m of sText.matchAll(RELATIVE_NEGATION)) {
    const at = s.start + m.index
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    const holder = holderAt(ctx, s, from, at) ?? reporterOf(ctx, s, from, end)
    if (!holder) continue
    const ask = trimPunctuation(text, { start: at + m[0].length, end })
    out.push(
      ...demandPositions(
        text,
        {
          holder,
          addressee: addresseeFor(ctx, holder, null),
          ask,
          evidence: trimPunctuation(text, { start: at, end }),
          precondition: true,
          conditionSpan: null,
        },
        ctx.tokens,
      ),
    )
  }
  return out
}

export function ifGates(ctx: Context, s: Sentence): Position[] {
  const { text, parties } = ctx
  const sText = sentenceText(ctx, s)
  const out: Position[] = []
  for (const m of sText.matchAll(/\bif\s+/gi)) {
    const at = s.start + m.index
    const comma = text.slice(at, s.end).search(/,\s/)
    const end = Math.min(clauseEnd(text, at + m[0].length, s.end), comma >= 0 ? at + comma : s.end)
    const rest = text.slice(end, s.end)
    const before = text.slice(clauseStart(text, at, s.start), at)
    // "If Y does Z, an agreement can be reached" or "an agreement could be reached if Y ..."
    if (!IF_GATE.test(rest.slice(0, 120)) && !IF_GATE.test(before)) continue
    const condition = trimPunctuation(text, { start: at + m[0].length, end })
    const holder = reporterOf(ctx, s, at, end) ?? speechAt(ctx, at)?.speaker ?? null
    if (!holder) continue
    const subject = parties.within(condition.start, condition.end)[0]
    const gatedEnd = IF_GATE.test(before) ? end : clauseEnd(text, Math.min(s.end, end + 2), s.end)
    const evidenceStart = IF_GATE.test(before) ? clauseStart(text, at, s.start) : at
    out.push(
      ...demandPositions(
        text,
        {
          holder,
          addressee: addresseeFor(
            ctx,
            holder,
            subject && !isPronounMention(text, subject) ? subject.actor : null,
          ),
          ask: condition,
          evidence: trimPunctuation(text, { start: evidenceStart, end: gatedEnd }),
          precondition: true,
          conditionSpan: { start: at, end: gatedEnd },
        },
        ctx.tokens,
      ),
    )
  }
  return out
}
