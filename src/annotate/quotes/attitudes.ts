/**
 * Attributions that are not speech: beliefs, intentions, perceptions and evaluations ("Ruiz
 * believes that …", "the union wants to …", "the poll shows …", "Ruiz endorsed Haddad", "the
 * vote is expected to pass"). They are found after the speech attributions, by the shape of the
 * complement (`complements.ts`), and only where no speech attribution or quotation already
 * holds the words: a belief inside a quote or inside reported content is part of what the
 * speaker said, not an attribution of its own (PolNeAR annotates none of them), and a belief
 * inside the content of another belief is likewise left to the outer one.
 */
import { firstStartingAt } from '../../doc/index.ts'
import type { AttitudeLexicon } from './attitude-lexicon.ts'
import type { Draft } from './attributions.ts'
import { colonLine } from './colon-lines.ts'
import { attitudeAt } from './complements.ts'
import type { UnitContext } from './content.ts'
import type { Unit } from './units.ts'

/** Why a token may not be part of a new attribution. */
export const FREE = 0
export const QUOTED = 1
export const CLAIMED = 2

/**
 * The attitudes of a document, given the speech attributions already found (`drafts`); one pass
 * over the tokens, each complement bounded by its unit.
 */
export function findAttitudes(
  ctx: UnitContext,
  units: readonly Unit[],
  drafts: readonly Draft[],
  lexicon: AttitudeLexicon,
): Draft[] {
  const { toks } = ctx
  const state = new Uint8Array(toks.length)
  for (let i = 0; i < toks.length; i++) if (ctx.quoteOf[i]! >= 0) state[i] = QUOTED
  const claim = (first: number, end: number) => state.fill(CLAIMED, first, end)
  for (const d of drafts) {
    claim(d.cue.first, d.cue.end)
    if (d.speaker) claim(d.speaker.first, d.speaker.end)
    for (const s of d.spans) {
      let k = firstStartingAt(toks, s.start)
      while (k < toks.length && toks[k]!.start < s.end) state[k++] = CLAIMED
    }
  }
  // The token after the last of each unit's paragraph.
  const paragraphEnd = new Int32Array(units.length)
  for (let u = units.length - 1; u >= 0; u--) {
    const next = units[u + 1]
    paragraphEnd[u] = next && next.paragraph === units[u]!.paragraph ? paragraphEnd[u + 1]! : units[u]!.end
  }
  const out: Draft[] = []
  for (const [u, unit] of units.entries()) {
    for (let i = unit.first; i < unit.end; i++) {
      if (state[i] !== FREE) continue
      const found =
        (i === unit.first && lexicon.colonLines ? colonLine(ctx, unit, paragraphEnd[u]!, state) : null) ??
        attitudeAt(ctx, unit, i, state, lexicon)
      if (!found) continue
      out.push({
        cue: found.cue,
        speaker: found.speaker,
        spans: [{ start: toks[found.content.first]!.start, end: toks[found.content.end - 1]!.end }],
        unit: u,
        speech: false,
        after: found.content.first >= found.cue.end,
        awaitsQuote: false,
      })
      // A belief inside this one's content is part of it.
      claim(Math.min(found.content.first, found.cue.first), Math.max(found.content.end, found.cue.end))
      if (found.speaker) claim(found.speaker.first, found.speaker.end)
    }
  }
  return out
}
