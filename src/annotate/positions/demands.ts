/**
 * Demands, red lines, threats and offers in one sentence. Each finder is one mechanism:
 *
 * - obligation (here): "X must/should/has to ..." reported by a speaker: the speaker demands, X is the addressee;
 * - demand verbs (here): "X demanded / insists on / called for / is seeking ..." and "X wants Y gone before ...";
 *   listed demands: "X laid out a series of demands";
 * - conditions and if-gates (`conditions.ts`): "will not agree unless Y ...", "no permanent ceasefire until
 *   Y ...", "if Y does Z, an agreement can be reached";
 * - red lines, threats and offers (`commitments.ts`): "X will not cede ...", "X threatened to ... if Y
 *   agrees to Z", "X is prepared to talk if Y ...".
 */
import type { Position, Sentence } from '../../doc/index.ts'
import { offers, redLines, threats } from './commitments.ts'
import { conditions, ifGates } from './conditions.ts'
import { paraphrase, trimPunctuation } from './content.ts'
import {
  type Context,
  clauseEnd,
  clauseStart,
  coordinated,
  holderAt,
  reporterOf,
  speechAt,
  subjectBefore,
} from './context.ts'
import { plausiblePosition } from './plausible.ts'
import { addresseeFor, afterReport, gate, gatedDemands, sentenceText } from './sentence-scope.ts'

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

/** The subject of the sentence's main clause, for participles ("..., calling for an end to the war"). */
function sentenceSubject(ctx: Context, s: Sentence, at: number): string | null {
  return ctx.parties.within(s.start, at)[0]?.actor ?? null
}
