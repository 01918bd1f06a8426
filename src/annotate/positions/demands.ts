/**
 * Demands, red lines and threats in one sentence. Each finder is one mechanism:
 *
 * - obligation: "X must/should/has to ..." reported by a speaker: the speaker demands, X is the addressee;
 * - demand verbs: "X demanded / insists on / called for / is seeking ..." and "X wants Y gone before ...";
 * - listed demands: "X laid out a series of demands";
 * - conditions: a negated or "only" main clause with unless/until/only if/as long as/before
 *   ("will not agree unless Y ...", "no permanent ceasefire until Y ..."), and refusals of a deal
 *   "that does not ...": the condition is a precondition demand on its subject;
 * - if-gates: "if Y does Z, an agreement can be reached" / "an agreement could be reached if Y ...";
 * - red lines: "X will not cede ...";
 * - threats: "X threatened to ... if Y agrees to Z": a threat, and the demand that Y not do Z.
 */
import type { Position, Sentence, Span } from '../../doc/index.ts'
import {
  type DemandParts,
  demandPositions,
  gateIn,
  paraphrase,
  tokensIn,
  trimPunctuation,
} from './content.ts'
import {
  type Context,
  clauseEnd,
  clauseStart,
  coordinated,
  holderAt,
  isPronounMention,
  lastReportEnd,
  reporterOf,
  speechAt,
  subjectBefore,
} from './context.ts'
import { plausiblePosition } from './plausible.ts'

const MODAL =
  /\b(must|should|has to|have to|needs to|need to|ought to|would (?:first )?(?:have|need) to)\s+(?:not\s+|first\s+|now\s+)?/gi
const META_SUBJECT =
  /\b(conditions?|demands?|terms|requirements?|this|it|there|that|which|one|no one|nobody)\s*$/i
/** "their conditions must be met": talk about conditions, not a condition itself. */
const CONDITION_NOUN = /\b(conditions?|demands?|requirements?|preconditions?)\b/i
const FIRST_PERSON_SUBJECT = /^\s*(we|i|our\s+\S+)\s*$/i
const DEMAND_VERB =
  /\b(demand(?:s|ed|ing)?|insist(?:s|ed|ing)? on|insist(?:s|ed|ing)? that|call(?:s|ed|ing)? for|seek(?:s|ing)?|sought|press(?:es|ed|ing)? for|requir(?:es|ed|ing))\s+/gi
/** Calls to return to talks or show flexibility are appeals, not demands (guidelines: APPEAL events only). */
const APPEAL_ONLY =
  /^(?:\S+\s+){0,6}?(?:to\s+)?(?:return to|resume|restart|re-?enter|come back to|show|exercise|de-?escalate)\b(?:\s+\S+){0,3}?\s*(?:the\s+)?(?:talks|negotiations|dialogue|discussions|flexibility|restraint|calm)\b|^(?:calm|restraint|flexibility|solidarity|dialogue|unity)\b/i
/** "Hamas wants a permanent end to the war": want + a noun phrase (not "wants to hold talks"). */
const WANT_NP = /\bwant(?:s|ed)?\s+(?=(?:a|an|the|all|full|guarantees?|assurances?)\s)/gi
const WANT =
  /\bwant(?:s|ed)?\s+((?:\S+\s+){0,4}?)(gone|removed|out|dismantled|disarmed|destroyed|eliminated|ended|released|withdrawn|lifted|scrapped|stopped|halted|replaced)\b/gi
const NOUN_DEMAND =
  /(?:\b(?:its|their|his|her)\s+|(?<=['’]s?\s))(?:(?:key|main|central|core|chief|principal|latest|new|long-standing|longstanding)\s+)?(?:demands?|insistence|call)\s+(?:for|that|is|was|are|were|include[sd]?|remains?)\s+/gi
const LISTED =
  /\b(laid out|set out|issued|made|presented|submitted|listed|put forward|tabled|sent)\s+(?:a (?:series|list|set|number) of|its|their|new|several|fresh|a)?\s*(?:\w+\s)?(demands|conditions)\b/gi
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
const RED_LINE =
  /\b(will not|won['’]t|would not|wouldn['’]t|will never|would never|refus(?:e|es|ed) to|is not ready to|are not ready to)\s+(cede|give up|surrender|hand over|withdraw|recogni[sz]e|allow|disarm|relinquish|abandon|accept)\b/gi
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

export function findDemands(ctx: Context, s: Sentence): Position[] {
  const found = [
    ...obligations(ctx, s),
    ...demandVerbs(ctx, s),
    ...conditions(ctx, s),
    ...ifGates(ctx, s),
    ...redLines(ctx, s),
    ...threats(ctx, s),
    ...offers(ctx, s),
  ]
  // shared holders: "warnings from Ukraine and Europe that ...", "X and Y demanded ..."
  return found
    .filter((p) => plausiblePosition(ctx, s, p))
    .flatMap((p) =>
      coordinated(ctx, s, p.holder, p.evidence.start, p.evidence.end)
        .filter((h) => h === p.holder || !ctx.parties.sameSide(h, p.addressee ?? ''))
        .map((holder) => (holder === p.holder ? p : { ...p, holder })),
    )
}

function sentenceText(ctx: Context, s: Sentence): string {
  return ctx.text.slice(s.start, s.end)
}

function addresseeFor(ctx: Context, holder: string, candidate: string | null): string | null {
  if (candidate && !ctx.parties.sameSide(candidate, holder)) return candidate
  return ctx.parties.counterpart(holder)
}

/** Demand positions whose precondition flag and gated step come from the clause `from..to`. */
function gatedDemands(
  ctx: Context,
  s: Sentence,
  from: number,
  to: number,
  parts: Omit<DemandParts, 'precondition' | 'conditionSpan'>,
): Position[] {
  const { pre, span } = gate(ctx, s, from, to)
  return demandPositions(ctx.text, { ...parts, precondition: pre, conditionSpan: span }, ctx.tokens)
}

function gate(ctx: Context, s: Sentence, from: number, to: number): { pre: boolean; span: Span | null } {
  const clause = ctx.text.slice(from, to)
  const found = gateIn(clause)
  if (found) return { pre: true, span: { start: from + found.index, end: to } }
  const whole = gateIn(sentenceText(ctx, s))
  if (whole && /\bif\b/i.test(whole[0])) return { pre: true, span: null }
  return { pre: false, span: null }
}

function obligations(ctx: Context, s: Sentence): Position[] {
  const { text } = ctx
  const out: Position[] = []
  for (const m of sentenceText(ctx, s).matchAll(MODAL)) {
    const at = s.start + m.index
    const from = afterReport(text, clauseStart(text, at, s.start), at)
    const subjectText = text.slice(from, at)
    if (META_SUBJECT.test(subjectText) || CONDITION_NOUN.test(subjectText) || subjectText.trim() === '')
      continue
    // "should have been tougher": a judgement of the past, not an ask. Only "have been": the
    // tagger calls "have" an auxiliary in "must have informed consent" too, which is an ask.
    if (/^have\s+been\b/i.test(text.slice(at + m[0].length, at + m[0].length + 10))) continue
    // "should decide whether ...", "must think about ...": a call to deliberate, not an ask
    if (
      /^(decide|consider|think|know|understand|reali[sz]e|ask themselves)\b/i.test(
        text.slice(at + m[0].length, at + m[0].length + 20),
      )
    )
      continue
    const end = clauseEnd(text, at + m[0].length, s.end)
    const firstPerson = FIRST_PERSON_SUBJECT.test(subjectText)
    const holder = firstPerson ? (speechAt(ctx, at)?.speaker ?? null) : reporterOf(ctx, s, from, end)
    if (!holder) continue
    const subject = subjectBefore(ctx, from, at)
    const passive = /^\s*be\s/i.test(text.slice(at + m[0].length, end))
    const addressee = addresseeFor(ctx, holder, firstPerson ? null : (subject?.actor ?? null))
    const ask = trimPunctuation(text, { start: passive ? from : at + m[0].length, end })
    const evidence = trimPunctuation(text, { start: from, end })
    if (passive) {
      const { pre, span } = gate(ctx, s, at, end)
      out.push({
        kind: 'demand',
        holder,
        addressee,
        content: paraphrase(
          text
            .slice(ask.start, ask.end)
            .replace(/\s+(?:must|should|has to|have to|needs? to|ought to)\s+be\s+/i, ' '),
        ),
        contentSpan: ask,
        precondition: pre,
        conditionSpan: span,
        proposal: null,
        stance: null,
        evidence,
      })
      continue
    }
    out.push(
      ...gatedDemands(ctx, s, at, end, {
        holder,
        addressee,
        ask,
        evidence: trimPunctuation(text, { start: from, end }),
      }),
    )
  }
  return out
}

/** Cheap guards: most sentences hold none of these cue stems, so the long patterns never run on them. */
const DEMAND_STEMS =
  /demand|insist|call|seek|sought|press|requir|want|condition|laid out|set out|issued|made|presented|submitted|listed|put forward|tabled|sent/i
const REFUSAL_STEMS = /\bnot\b|n['’]t|never|refus|ready/i

function demandVerbs(ctx: Context, s: Sentence): Position[] {
  const { text, parties } = ctx
  const sText = sentenceText(ctx, s)
  const out: Position[] = []
  if (!DEMAND_STEMS.test(sText)) return out
  for (const m of sText.matchAll(DEMAND_VERB)) {
    const at = s.start + m.index
    // an infinitive or participle of purpose ("to seek support", "requiring a majority") states no demand
    if (/\bto\s+$/i.test(text.slice(Math.max(0, at - 4), at)) || /^requiring/i.test(m[1]!)) continue
    // "seeks to win", "sought to contrast": the holder's own aim, asked of nobody
    if (
      /^(?:seek|sought)/i.test(m[1]!) &&
      /^(?:\w+ly\s+|somehow\s+)?to\s/i.test(text.slice(at + m[0].length, at + m[0].length + 20))
    )
      continue
    // "members are required to attend": a rule without a holder
    if (
      /^requir/i.test(m[1]!) &&
      /\b(?:is|are|was|were|be|been|being)\s+$/i.test(text.slice(Math.max(0, at - 8), at))
    )
      continue
    // "demand from China cooled": the market's demand (the tagger calls the verb a noun too,
    // "the Front demands a truce", so the words after it decide)
    if (/^demand\s+(?:for|from)\s/i.test(text.slice(at, at + 16))) continue
    // a noun ("the union's demands", "a series of demands") is not the verb
    if (
      /\b(the|a|its|their|his|her|our|of|these|those)\s+$|['’]s\s+$/i.test(
        text.slice(Math.max(0, at - 12), at),
      )
    )
      continue
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    const holder = holderAt(ctx, s, from, at) ?? sentenceSubject(ctx, s, at)
    if (!holder) continue
    const object = trimPunctuation(text, { start: at + m[0].length, end })
    if (object.end - object.start < 3 || APPEAL_ONLY.test(text.slice(object.start, object.end))) continue
    const that = /^that\s/i.test(text.slice(object.start, object.end))
    const named = parties.within(object.start, object.end)[0]
    const addressee = addresseeFor(ctx, holder, that && named ? named.actor : null)
    const evidenceStart = parties.within(from, at).pop()?.start ?? at
    out.push(
      ...gatedDemands(ctx, s, at, end, {
        holder,
        addressee,
        ask: object,
        evidence: trimPunctuation(text, { start: evidenceStart, end }),
      }),
    )
  }
  for (const m of sText.matchAll(WANT)) {
    const at = s.start + m.index
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    const holder = holderAt(ctx, s, from, at)
    if (!holder) continue
    const objectSpan = { start: at + 5, end: at + m[0].length }
    let target = parties.within(objectSpan.start, objectSpan.end)[0]?.actor ?? null
    // "..., which Israel wants gone": the relative pronoun's antecedent names what must go
    if (!target) {
      const before = parties
        .within(Math.max(s.start, at - 120), at)
        .filter((x) => !parties.sameSide(x.actor, holder))
      target = before.pop()?.actor ?? null
    }
    const { pre, span } = gate(ctx, s, at, end)
    const evidenceStart = Math.max(
      s.start,
      target ? (parties.within(Math.max(s.start, from - 80), at)[0]?.start ?? from) : from,
    )
    const targetName = target ? (ctx.parties.actor(target)?.name ?? '') : ''
    out.push({
      kind: 'demand',
      holder,
      addressee: addresseeFor(ctx, holder, target),
      content: paraphrase(
        `${m[1] && !/^(which|that|it|them)\s*$/i.test(m[1]) ? m[1] : `${targetName} `}${text.slice(at + m[0].length - m[2]!.length, end)}`,
      ),
      contentSpan: trimPunctuation(text, { start: at + m[0].length - m[2]!.length, end }),
      precondition: pre,
      conditionSpan: span,
      proposal: null,
      stance: null,
      evidence: trimPunctuation(text, { start: evidenceStart, end }),
    })
  }
  for (const m of sText.matchAll(WANT_NP)) {
    const at = s.start + m.index
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    // "wants the war ended / Hamas gone" is the participle form, handled below
    if (
      /^(?:\S+\s+){1,4}?(gone|removed|out|dismantled|disarmed|destroyed|eliminated|ended|released|withdrawn|lifted|scrapped|stopped|halted|replaced)\b/i.test(
        text.slice(at + m[0].length, end),
      )
    )
      continue
    const holder = holderAt(ctx, s, from, at)
    if (!holder) continue
    const ask = trimPunctuation(text, { start: at + m[0].length, end })
    if (ask.end - ask.start < 3 || APPEAL_ONLY.test(text.slice(ask.start, ask.end))) continue
    out.push(
      ...gatedDemands(ctx, s, at, end, {
        holder,
        addressee: addresseeFor(ctx, holder, null),
        ask,
        evidence: trimPunctuation(text, { start: parties.within(from, at).pop()?.start ?? at, end }),
      }),
    )
  }
  for (const m of sText.matchAll(NOUN_DEMAND)) {
    const at = s.start + m.index
    const nounEnd = at + m[0].length
    // the possessor owns the demand: "Hamas's key demand is ...", "its demand for ..."
    const possessor = parties.within(Math.max(s.start, at - 40), at).pop()
    const owned = possessor && /^['’]s?\s+(?:\w+\s+){0,2}$/.test(text.slice(possessor.end, at))
    const holder = owned
      ? possessor.actor
      : /^(?:its|their|his|her)\s/i.test(m[0])
        ? holderAt(ctx, s, s.start, at)
        : null
    if (!holder) continue
    const end = clauseEnd(text, nounEnd, s.end)
    const ask = trimPunctuation(text, { start: nounEnd, end })
    if (ask.end - ask.start < 3 || APPEAL_ONLY.test(text.slice(ask.start, ask.end))) continue
    const named = /\bthat\s*$/i.test(m[0]) ? parties.within(ask.start, ask.end)[0] : undefined
    out.push(
      ...gatedDemands(ctx, s, nounEnd, end, {
        holder,
        addressee: addresseeFor(ctx, holder, named?.actor ?? null),
        ask,
        evidence: trimPunctuation(text, { start: owned ? possessor.start : at, end }),
      }),
    )
  }
  for (const m of sText.matchAll(LISTED)) {
    const at = s.start + m.index
    const from = clauseStart(text, at, s.start)
    const end = clauseEnd(text, at + m[0].length, s.end)
    const holder = holderAt(ctx, s, from, at)
    if (!holder) continue
    const evidenceStart = parties.within(from, at).pop()?.start ?? at
    out.push({
      kind: 'demand',
      holder,
      addressee: addresseeFor(ctx, holder, null),
      content: paraphrase(text.slice(at + m[0].length - m[2]!.length, end)),
      contentSpan: null,
      precondition: gate(ctx, s, at, end).pre,
      conditionSpan: null,
      proposal: null,
      stance: null,
      evidence: trimPunctuation(text, { start: evidenceStart, end }),
    })
  }
  return out
}

/** "Vela said the Republic must ...": a reporting verb without "that" also opens the reported clause. */
function afterReport(text: string, from: number, at: number): number {
  const end = lastReportEnd(text, from, at)
  return Math.max(end, from)
}

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

/** A condition is a clause ("until Hamas is eliminated"), not a time ("until the next round"). */
function hasVerb(ctx: Context, span: Span): boolean {
  const inside = tokensIn(ctx.tokens, span.start, span.end)
  const first = inside[0]
  if (first && (first.pos === 'PROPN' || first.pos === 'PRON')) return true
  // "the Republic breaks the truce": a named subject with words after it (the tagger may miss the verb)
  const opener = ctx.parties.within(span.start, span.end)[0]
  if (opener && /^(?:the\s+)?$/i.test(ctx.text.slice(span.start, opener.start)) && span.end - opener.end > 3)
    return true
  return inside.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
}

/** The subject of the sentence's main clause, for participles ("..., calling for an end to the war"). */
function sentenceSubject(ctx: Context, s: Sentence, at: number): string | null {
  return ctx.parties.within(s.start, at)[0]?.actor ?? null
}

function conditions(ctx: Context, s: Sentence): Position[] {
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

function ifGates(ctx: Context, s: Sentence): Position[] {
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

function redLines(ctx: Context, s: Sentence): Position[] {
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

function threats(ctx: Context, s: Sentence): Position[] {
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
function offers(ctx: Context, s: Sentence): Position[] {
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
