/**
 * Pairing quotation marks into quoted segments. News text uses curly “…”, straight "…",
 * single ‘…’ (also as the apostrophe ’, so a single mark only opens before a letter and after
 * a space, and only closes where no letter follows), guillemets «…» and German „…“.
 * A paragraph that ends inside a quote continues it: the convention for quotes running over
 * several paragraphs is an opening mark at the start of each paragraph and a closing mark only
 * at the end of the last one. Such a segment ends at its paragraph end with `closed: false`.
 */

export interface QuoteSegment {
  /** Offset of the opening mark. */
  readonly start: number
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  readonly end: number
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean
}

/**
 * Opening mark -> the closing marks that end it. Copy passed through several systems mixes
 * curly and straight marks (“…"), so a double mark of either style closes the other.
 */
const DOUBLE_CLOSERS: Readonly<Record<string, string>> = {
  '“': '”"',
  '„': '“”',
  '«': '»',
  '"': '"”',
  '‟': '”',
}
const SINGLE_CLOSERS: Readonly<Record<string, string>> = { '‘': '’', "'": "'", '‹': '›', '‚': '’‘' }

const LETTER = /[\p{L}\p{N}]/u
/** Marks that end a curly double quote by mistake in edited copy. */
const TYPO_CLOSERS = '“’'
/** Characters after which a mark can open a quote. */
const OPEN_CONTEXT = /[\s([{\u2014\u2013:;,/-]/

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch)
}

/** The quoted segments of a text, in order. Single-quoted segments inside double quotes are not listed. */
export function findQuoteSegments(text: string): QuoteSegment[] {
  const out: QuoteSegment[] = []
  const marks: number[] = []
  let paraStart = 0
  MARK_OR_BREAK.lastIndex = 0
  for (let m = MARK_OR_BREAK.exec(text); ; m = MARK_OR_BREAK.exec(text)) {
    const at = m ? m.index : text.length
    if (!m || text[at] === '\n') {
      if (marks.length > 0) scanParagraph(text, paraStart, at, marks, out)
      marks.length = 0
      paraStart = at + 1
      if (!m) break
    } else marks.push(at)
  }
  return out
}

/** Every quotation mark and line break: the scan visits only these positions. */
const MARK_OR_BREAK = /["“”„«»‟‘’'‹›‚\n]/g

function scanParagraph(
  text: string,
  from: number,
  to: number,
  marks: readonly number[],
  out: QuoteSegment[],
): void {
  let open = -1
  let closers = ''
  let single = false
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!
    const ch = text[i]!
    // Two apostrophes stand for a straight double mark in some wire text: ''…''.
    if (ch === "'" && text[i + 1] === "'") {
      if (open < 0) {
        open = i
        closers = "''"
        single = false
      } else if (closers === "''") {
        out.push({ start: open, end: i + 2, closed: true })
        open = -1
      }
      if (marks[k + 1] === i + 1) k++
      continue
    }
    if (open < 0) {
      const dbl = DOUBLE_CLOSERS[ch]
      if (dbl !== undefined) {
        // A straight mark right after a letter or digit is an inch sign or a closing stray, not an opener.
        if (ch === '"' && isLetter(text[i - 1]) && i > from) continue
        open = i
        closers = dbl
        single = false
        continue
      }
      const sgl = SINGLE_CLOSERS[ch]
      if (sgl !== undefined && (i === from || OPEN_CONTEXT.test(text[i - 1]!)) && isLetter(text[i + 1])) {
        open = i
        closers = sgl
        single = true
      }
      continue
    }
    if (closers === "''") continue
    if (!closers.includes(ch)) {
      // A typo closer ("…states“ with", "…Violence.’ Ruiz"): a “ or ’ stuck to the word before,
      // not followed by a letter, when no proper closing mark follows in the paragraph.
      const typo =
        !single && TYPO_CLOSERS.includes(ch) && !/\s/.test(text[i - 1] ?? ' ') && !isLetter(text[i + 1])
      if (!typo || laterCloser(text, marks, k, closers)) continue
    }
    // A single closing mark followed by a letter is an apostrophe ("don’t", "’s").
    if (single && isLetter(text[i + 1])) continue
    // A single mark right after "s" and before a space may be a plural possessive; accept it only
    // when no later single mark in the paragraph could close instead.
    if (single && text[i - 1] === 's' && laterCloser(text, marks, k, closers)) continue
    out.push({ start: open, end: i + 1, closed: true })
    open = -1
  }
  if (open >= 0) {
    let end = to
    while (end > open && /\s/.test(text[end - 1]!)) end--
    // An unclosed single quote is most likely an apostrophe misread as an opener: drop it.
    if (!single && end - open > 1) out.push({ start: open, end, closed: false })
  }
}

function laterCloser(text: string, marks: readonly number[], k: number, closers: string): boolean {
  for (let j = k + 1; j < marks.length; j++) {
    const i = marks[j]!
    if (closers.includes(text[i]!) && !isLetter(text[i + 1])) return true
  }
  return false
}
