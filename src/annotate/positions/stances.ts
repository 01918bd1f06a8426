/**
 * Stances on proposals. For every proposal mention in a sentence, the words before it in its
 * clause decide the stance:
 *
 * - urge_acceptance: "called on / urged / pressed X to accept P" (the caller holds it);
 * - accept / reject: "accepted, backs, welcomed P" / "rejected, nixed, opposes, balked at P";
 *   a negated acceptance ("will not agree to P") is a rejection;
 * - conditional: a rejection or acceptance that states its conditions ("will not agree to P unless
 *   ...", "balking at P, with both sides saying their conditions must be met"), or demands made
 *   "in response to P";
 * - undecided: "has not clarified his position on P", "is weighing P".
 *
 * Shared stances: "both sides", "the two sides" or "X and Y" as subject give one stance per party.
 */
import type { Position, Sentence } from '../../doc/index.ts'
import type { StanceValue } from '../../doc/layers.ts'
import { paraphrase, trimPunctuation } from './content.ts'
import {
  bothSides,
  type Context,
  clauseEnd,
  clauseStart,
  coordinated,
  holderAt,
  isPronounMention,
} from './context.ts'

const URGE =
  /\b(call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)? to|want(?:s|ed)?|demand(?:s|ed|ing)? that)\b[^.;]{0,90}?\bto\s+(?:\w+\s+)?(accept|agree to|sign|back|approve|take|seize|embrace|endorse|support|commit to|implement|respond to)\s+(?:\S+\s+){0,5}$/i
const ACCEPT =
  /\b(accept(?:s|ed|ing)?|agree(?:s|d)? (?:to|on)|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|vot(?:e|es|ed|ing)\s+(?:[\d–-]+\s+)?to (?:approve|accept|ratify|back|endorse)|back(?:s|ed|ing)?(?! (?:off|away|down)\b)|support(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)|sign(?:s|ed)?(?: on to| onto)?|vot(?:e|es|ed|ing) for|(?:signal(?:s|ed|led)?|express(?:es|ed)?) (?:its |their |his |her )?willingness to accept)\s+(?:\S+\s+){0,3}$/i
const REJECT =
  /\b(reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|back(?:s|ed|ing)? (?:away from|off(?: from)?|down from)|pull(?:s|ed|ing)? out of|withdr(?:ew|aws?|awn) from|vot(?:e|es|ed|ing)\s+(?:[\d–-]+\s+)?to (?:reject|block)|turn(?:s|ed)? down|dismiss(?:es|ed)?|nix(?:es|ed)?|oppos(?:e|es|ed|ing)|opposition to|vot(?:e|es|ed|ing) against|rul(?:e|es|ed) out|balk(?:s|ed|ing)? at|walk(?:s|ed)? away from|scrap(?:s|ped)?|spurn(?:s|ed)?|snub(?:s|bed)?)\s+(?:\S+\s+){0,3}$/i
const UNDECIDED =
  /\b(?:not (?:yet )?(?:clarified|stated|declared|announced|decided|given|made clear|taken|revealed)|yet to (?:clarify|state|declare|announce|decide|give|take|reveal|respond)|not (?:yet )?responded)\b[^.;]{0,30}?\b(?:on|about|over|regarding|to)\s+(?:\S+\s+){0,3}$|\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)|study(?:ing)?|studie[sd]|evaluat(?:e|es|ed|ing)|review(?:s|ed|ing)?|assess(?:es|ed|ing)?)\s+(?:\S+\s+){0,3}$/i
const RESPONSE =
  /\b(demands|conditions|counter-?offer|counter-?proposal|amendments|reservations|changes)\b[^.;]{0,40}\bin response to\s+(?:\S+\s+){0,3}$|\b(?:positive(?:ly)?|favou?rabl[ey])\s+(?:response|responded|reply|replied|reaction|reacted)\s+(?:to|on)\s+(?:\S+\s+){0,3}$|\bresponded\s+(?:positively|favou?rably)\s+to\s+(?:\S+\s+){0,3}$/i
const NEGATION =
  /(?:\b(?:not|never|cannot|refus\w+ to|hesitant to|reluctant to|unwilling to)|n['’]t)\s+(?:\w+\s+){0,2}$/i
const CONDITIONAL_AFTER =
  /\b(unless|only if|if|until|provided|as long as|on condition|that (?:does|do|did|would) not|without)\b/i
const CONDITIONS_NAMED = /\b(conditions?|demands?|must be met|insist\w*|but only|provided)\b/i
const NEGATIVE_EVALUATION =
  /\b(unworkable|unacceptable|stillborn|non-?starter|dead on arrival|absurd|delusional|ridiculous|bizarre|not serious|a trap)\b/i
const DESCRIBE = /\b(described|called|branded|labell?ed|dismissed)\s+(?:\S+\s+){0,3}$/i
const SHARED = /\b(both sides|the two sides|both parties|the two parties|both camps)\b/i

export function findStances(ctx: Context, s: Sentence): Position[] {
  const { text } = ctx
  const out: Position[] = []
  for (const proposal of ctx.proposals) {
    for (const mention of proposal.mentions) {
      if (mention.start < s.start || mention.end > s.end) continue
      const from = clauseStart(text, mention.start, s.start)
      const end = clauseEnd(text, mention.end, s.end)
      const before = text.slice(Math.max(s.start, mention.start - 160), mention.start)
      const after = text.slice(mention.end, s.end)
      const trailing = trailingStance(ctx, s, mention.end)
      if (trailing) {
        out.push({
          kind: 'stance',
          holder: trailing.holder,
          addressee: null,
          content: `${trailing.value}: ${paraphrase(proposal.name)}`,
          contentSpan: { start: mention.start, end: mention.end },
          precondition: false,
          conditionSpan: null,
          proposal: proposal.id,
          stance: trailing.value,
          evidence: trimPunctuation(text, { start: mention.start, end: trailing.end }),
        })
      }
      const found = classify(before, after, text.slice(s.start, s.end))
      if (!found) continue
      const cueAt = mention.start - (before.length - found.index)
      const cueFrom = cueAt < from ? clauseStart(text, cueAt, s.start) : from
      const holders = holdersOf(ctx, s, cueFrom, cueAt, found.value === 'urge_acceptance')
      const evidence = trimPunctuation(text, {
        start: Math.min(cueFrom, ...holders.map((h) => h.at).filter((at) => at >= s.start)),
        end: found.value === 'conditional' ? s.end : end,
      })
      for (const h of holders) {
        out.push({
          kind: 'stance',
          holder: h.actor,
          addressee: null,
          content: `${found.value.replace('_', ' ')}: ${paraphrase(proposal.name)}`,
          contentSpan: { start: mention.start, end: mention.end },
          precondition: false,
          conditionSpan: null,
          proposal: proposal.id,
          stance: found.value,
          evidence,
        })
      }
    }
  }
  return out
}

function classify(
  before: string,
  after: string,
  sentence: string,
): { value: StanceValue; index: number } | null {
  const urge = URGE.exec(before)
  if (urge) return { value: 'urge_acceptance', index: urge.index }
  const response = RESPONSE.exec(before)
  if (response) return { value: 'conditional', index: response.index }
  const undecided = UNDECIDED.exec(before)
  if (undecided) {
    // "evaluating P but insisted that ...": weighing it while stating conditions
    const conditions = /^[^.;]*\bbut\b[^.;]*\b(insist\w*|demand\w*|must|condition\w*)\b/i.test(after)
    return { value: conditions ? 'conditional' : 'undecided', index: undecided.index }
  }
  const reject = REJECT.exec(before)
  if (reject) {
    // "balking at P, saying their conditions must be met", "rejects P without permanent terms"
    const balk = /^balk/i.test(reject[1]!) && CONDITIONS_NAMED.test(sentence)
    const without = /^\s*(?:\S+\s+){0,8}?(?:without|unless|until)\b/i.test(after.split(/[.;]/)[0] ?? '')
    if (NEGATION.test(before.slice(0, reject.index))) return null
    return { value: balk || without ? 'conditional' : 'reject', index: reject.index }
  }
  const accept = ACCEPT.exec(before)
  if (accept) {
    const head = before.slice(0, accept.index)
    // "if he agrees to P", "whether to accept P": a hypothetical act is no stance (guidelines)
    if (/\b(if|unless|whether|once|when|until)\s+(?:\S+\s+){0,3}$/i.test(head)) return null
    const negated = NEGATION.exec(head)
    const conditional =
      CONDITIONAL_AFTER.test(after.split(/[.;]/)[0] ?? '') ||
      /^[^.;]*\bbut\b[^.;]*\b(insist\w*|want\w*|sought|seek\w*|demand\w*|asked for|request\w*)\b/i.test(after)
    // "demanded X as a condition for supporting P": support that waits on a condition
    if (/\b(?:condition|conditions|precondition) for\s+$|\b(?:in exchange|in return) for\s+$/i.test(head))
      return { value: 'conditional', index: accept.index }
    if (conditional && !negated && /\bbut\b/i.test(after.split(/[.;]/)[0] ?? ''))
      return { value: 'conditional', index: accept.index }
    if (negated) return { value: conditional ? 'conditional' : 'reject', index: negated.index }
    return {
      value:
        conditional &&
        (/\bonly if|provided|on condition/i.test(after) ||
          /\bonly\s+(?:\w+\s+){0,2}$/i.test(head + accept[0]))
          ? 'conditional'
          : 'accept',
      index: accept.index,
    }
  }
  if (DESCRIBE.test(before) && NEGATIVE_EVALUATION.test(after)) {
    return { value: 'reject', index: DESCRIBE.exec(before)!.index }
  }
  return null
}

interface Holder {
  readonly actor: string
  readonly at: number
}

/** The holder(s) of a stance: "both sides" and "X and Y" subjects give several. */
function holdersOf(ctx: Context, s: Sentence, from: number, cue: number, urging: boolean): Holder[] {
  const { text, parties } = ctx
  const sentence = text.slice(s.start, s.end)
  if (SHARED.test(sentence) && !urging) {
    return bothSides(ctx, s).map((actor) => ({ actor, at: s.start }))
  }
  // a participle after a comma ("..., urging all parties to accept P") belongs to the sentence subject
  const participle =
    /,\s*$/.test(text.slice(Math.max(s.start, cue - 3), cue)) && /^\w+ing\b/.test(text.slice(cue, cue + 20))
  let holder = participle ? sentenceSubject(ctx, s, cue) : holderAt(ctx, s, from, cue)
  // a participle ("..., urging all parties to accept P") belongs to the subject of the sentence; a
  // pronoun subject counts when the actors stage resolved it
  if (!holder && urging) holder = sentenceSubject(ctx, s, cue) ?? previousSideSubject(ctx, s)
  if (!holder) return []
  const at = parties.within(s.start, cue).findLast((m) => m.actor === holder)?.start ?? from
  return coordinated(ctx, s, holder, cue).map((actor) => ({ actor, at }))
}

function sentenceSubject(ctx: Context, s: Sentence, cue: number): string | null {
  const first = ctx.parties.within(s.start, cue)[0]
  if (!first) return null
  if (!isPronounMention(ctx.text, first) || ctx.parties.actor(first.actor)) return first.actor
  return null
}

/** The first actor named in the previous sentence: who "A spokesman ... calling on" speaks for. */
function previousSideSubject(ctx: Context, s: Sentence): string | null {
  const index = ctx.sentences.indexOf(s)
  const prev = ctx.sentences[index - 1]
  if (!prev) return null
  return (
    ctx.parties.within(prev.start, prev.end).filter((m) => !isPronounMention(ctx.text, m))[0]?.actor ?? null
  )
}

const TRAILING_ACCEPT = /^(accepted|endorsed|approved|welcomed|signed|agreed to|backed|ratified)$/i
const TRAILING =
  /^\s*,?\s*(?:(?:which|that)\s+([^,.;]{1,60}?)\s+(?:has\s+|had\s+|have\s+)?(accepted|rejected|endorsed|approved|welcomed|signed|agreed to|opposed|dismissed|backed|ratified|turned down)\b|(?:was|were|has been|had been|is|are)\s+(?:\w+ly\s+)?(rejected|accepted|approved|endorsed|welcomed|dismissed|turned down|opposed|backed|ratified)\s+by\s+([^,.;]{1,60}))/i

/** "P, which Israel accepted", "P was rejected by X": a stance stated after the proposal. */
function trailingStance(
  ctx: Context,
  s: Sentence,
  at: number,
): { holder: string; value: StanceValue; end: number } | null {
  const m = TRAILING.exec(ctx.text.slice(at, s.end))
  if (!m) return null
  const verb = (m[2] ?? m[3])!
  const who = m[1] ?? m[4]!
  const whoStart = at + m[0].lastIndexOf(who)
  const holder = ctx.parties.within(whoStart, whoStart + who.length)[0]
  if (!holder) return null
  return {
    holder: holder.actor,
    value: TRAILING_ACCEPT.test(verb) ? 'accept' : 'reject',
    end: at + m[0].length,
  }
}
