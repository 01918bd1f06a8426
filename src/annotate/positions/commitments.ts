/**
 * What a party commits itself to: red lines ("X will not cede ..."), threats ("X threatened to ... if Y
 * agrees to Z": a threat, the demand that Y not do Z and a rejection of Z) and offers ("X is prepared to
 * talk if Y ...": an offer, or a threat when the act is coercive, and the condition as a demand).
 */
import type { Position, Sentence } from '../../doc/index.ts'
import { gateIn, paraphrase, trimPunctuation } from './content.ts'
import { type Context, clauseEnd, clauseStart, holderAt, reporterOf } from './context.ts'
import { addresseeFor, afterReport, hasVerb, sentenceText } from './sentence-scope.ts'

const RED_LINE =
  /\b(will not|won['’]t|would not|wouldn['’]t|will never|would never|refus(?:e|es|ed) to|is not ready to|are not ready to)\s+(cede|give up|surrender|hand over|withdraw|recogni[sz]e|allow|disarm|relinquish|abandon|accept)\b/gi

const REFUSAL_STEMS = /\bnot\b|n['’]t|never|refus|ready/i

const OFFER =
  /\b(?:is|are|was|were|remains?|remained|be|stands?|stood)\s+(?:still\s+|now\s+|also\s+)?(prepared|ready|willing|open)\s+(?:to|for)\s+/gi

/** What a party stands ready to do when it is coercive: that is a threat, not an offer. */
const COERCIVE =
  /\b(pressure|sanction\w*|strike\w*|attack\w*|retaliat\w*|force|escalat\w*|walk out|quit|leave|punish\w*|tariffs?)\b/i

const OFFER_CONDITION = /\b(if|provided(?: that)?|as long as|on condition that|once)\s+/i

const THREAT =
  /\bthreaten(?:s|ed|ing)?\s+to\s+|\b(?:vow(?:s|ed|ing)?|pledg(?:es|ed|ing)|promis(?:es|ed|ing))\s+to\s+(?=(?:quit|leave|topple|bring down|resign|withdraw from|collapse|dissolve|walk out|strike|retaliate|escalate|block)\b)/gi

const THREAT_IF =
  /\bif\s+(\S+(?:\s+\S+)?)\s+(agrees?|accepts?|signs?|goes ahead|allows?|approves?|agreed|accepted)\s+(?:to\s+)?/i

/** "threatened to quit if the deal goes ahead / is approved": the deal itself is what is rejected. */
const THREAT_IF_DEAL =
  /\bif\s+((?:the|a|this|that|any)\s+(?:\S+\s+){0,3}?(?:deal|agreement|proposal|plan|truce|ceasefire|cease-fire|accord))\s+(?:goes ahead|is (?:approved|signed|accepted|implemented|agreed)|passes|takes effect)/i

export function redLines(ctx: Context, s: Sentence): Position[] {
  const { text, parties } = ctx
  const out: Position[] = []
  if (!REFUSAL_STEMS.test(sentenceText(ctx, s))) return out
  for (const m of sentenceText(ctx, s).matchAll(RED_LINE)) {
    const at = s.start + m.index
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    if (gateIn(text.slice(at, end))) continue // a conditional refusal is handled as a condition
    if (ctx.proposals.some((p) => p.mentions.some((x) => x.start >= at && x.end <= end))) continue // a rejected deal is a stance
    const holder = holderAt(ctx, s, from, at)
    if (!holder) continue
    const to = /\bto\s+/.exec(text.slice(at + m[0].length, end))
    const named = to ? parties.within(at + m[0].length + to.index, end)[0] : undefined
    const subjectStart = parties.within(from, at).pop()?.start ?? from
    out.push({
      kind: 'demand',
      holder,
      addressee: addresseeFor(ctx, holder, named?.actor ?? null),
      content: `no ${paraphrase(text.slice(at + m[1]!.length, end))}`,
      contentSpan: trimPunctuation(text, { start: at + m[1]!.length, end }),
      precondition: false,
      conditionSpan: null,
      proposal: null,
      stance: null,
      evidence: trimPunctuation(text, { start: subjectStart, end }),
    })
  }
  return out
}

export function threats(ctx: Context, s: Sentence): Position[] {
  const { text, parties } = ctx
  const out: Position[] = []
  for (const m of sentenceText(ctx, s).matchAll(THREAT)) {
    const at = s.start + m.index
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    const holder = holderAt(ctx, s, from, at)
    if (!holder) continue
    const clause = text.slice(at, end)
    const dealCond = THREAT_IF_DEAL.exec(clause)
    const cond = THREAT_IF.exec(clause) ?? dealCond
    const evidence = trimPunctuation(text, { start: at, end })
    const named = cond ? parties.within(at + cond.index, at + cond.index + cond[0].length)[0] : undefined
    const addressee =
      named?.actor ??
      parties.within(s.start, at).find((x) => parties.actor(x.actor)?.kind === 'person')?.actor ??
      null
    out.push({
      kind: 'threat',
      holder,
      addressee: addressee ?? parties.counterpart(holder),
      content: paraphrase(text.slice(at + m[0].length, cond ? at + cond.index : end)),
      contentSpan: trimPunctuation(text, { start: at + m[0].length, end: cond ? at + cond.index : end }),
      precondition: false,
      conditionSpan: cond ? { start: at + cond.index, end } : null,
      proposal: null,
      stance: null,
      evidence,
    })
    if (!cond) continue
    const actStart =
      cond === dealCond ? at + cond.index + cond[0].indexOf(cond[1]!) : at + cond.index + cond[0].length
    out.push({
      kind: 'demand',
      holder,
      addressee: addressee ?? parties.counterpart(holder),
      content: `do not ${cond === dealCond ? 'accept ' : ''}${paraphrase(text.slice(actStart, cond === dealCond ? actStart + cond[1]!.length : end))}`,
      contentSpan: trimPunctuation(text, { start: actStart, end }),
      precondition: true,
      conditionSpan: { start: at + cond.index, end },
      proposal: null,
      stance: null,
      evidence,
    })
    // threatening to act if Y agrees to Z rejects Z
    const proposal = ctx.proposals.find((p) => p.mentions.some((x) => x.start >= actStart && x.end <= end))
    out.push({
      kind: 'stance',
      holder,
      addressee: null,
      content: `rejects ${paraphrase(text.slice(actStart, end))}`,
      contentSpan: trimPunctuation(text, { start: actStart, end }),
      precondition: false,
      conditionSpan: null,
      proposal: proposal?.id ?? null,
      stance: 'reject',
      evidence,
    })
  }
  return out
}

/**
 * "X is prepared to talk with Y if Y shows an interest in ending the war": an offer (or, when the
 * act is coercive, a threat), and the condition as a precondition demand on its subject.
 */
export function offers(ctx: Context, s: Sentence): Position[] {
  const { text, parties } = ctx
  const out: Position[] = []
  for (const m of sentenceText(ctx, s).matchAll(OFFER)) {
    const at = s.start + m.index
    const from = afterReport(text, clauseStart(text, at, s.start), at)
    const end = clauseEnd(text, at + m[0].length, s.end)
    // "it should ... be ready to take measures": readiness that is asked for is part of a demand
    if (/\b(must|should|has to|have to|needs? to|ought to)\b/i.test(text.slice(from, at))) continue
    const holder = holderAt(ctx, s, from, at) ?? reporterOf(ctx, s, from, end)
    if (!holder) continue
    const but = /\s(?:but|while|whereas)\s/i.exec(text.slice(at + m[0].length, end))
    const offerEnd = but ? at + m[0].length + but.index : end
    const clause = text.slice(at + m[0].length, offerEnd)
    const cond = OFFER_CONDITION.exec(clause)
    const actEnd = cond ? at + m[0].length + cond.index : offerEnd
    const act = trimPunctuation(text, { start: at + m[0].length, end: actEnd })
    const kind = COERCIVE.test(text.slice(act.start, act.end)) ? 'threat' : 'offer'
    const condition = cond ? trimPunctuation(text, { start: actEnd + cond[0].length, end: offerEnd }) : null
    const named = condition ? parties.within(condition.start, condition.end)[0] : undefined
    const evidence = trimPunctuation(text, {
      start: parties.within(from, at).pop()?.start ?? at,
      end: offerEnd,
    })
    out.push({
      kind,
      holder,
      addressee: addresseeFor(ctx, holder, parties.within(act.start, act.end)[0]?.actor ?? null),
      content: paraphrase(text.slice(act.start, act.end)),
      contentSpan: act,
      precondition: false,
      conditionSpan: condition,
      proposal: null,
      stance: null,
      evidence,
    })
    if (!condition || kind === 'threat' || !hasVerb(ctx, condition)) continue
    out.push({
      kind: 'demand',
      holder,
      addressee: addresseeFor(ctx, holder, named?.actor ?? null),
      content: paraphrase(text.slice(condition.start, condition.end)),
      contentSpan: condition,
      precondition: true,
      conditionSpan: act,
      proposal: null,
      stance: null,
      evidence,
    })
  }
  return out
}
