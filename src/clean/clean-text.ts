/**
 * Text input cleaning: removes site boilerplate lines (promos, newsletter prompts, calls to
 * action, syndication disclaimers, credits) and reports them verbatim, with the provenance the
 * text reveals. Runs before any offset is taken: the cleaned text is what the Doc freezes.
 */
import type { Provenance } from '../doc/index.ts'
import { agencyNamedIn, findAgencyCredit } from './agency-credit.ts'
import {
  CREDIT_LINES,
  MAX_PROMO_LINE,
  MAX_STRONG_PROMO_LINE,
  NO_WORDS,
  PROMO_CUES,
  STRONG_PROMO_CUES,
  SYNDICATION_DISCLAIMERS,
} from './boilerplate-rules.ts'

export interface CleanedText {
  readonly text: string
  readonly boilerplate: readonly string[]
  readonly provenance: Provenance
}

type LineKind = 'content' | 'blank' | 'disclaimer' | 'promo' | 'credit' | 'noise'

interface Line {
  readonly text: string
  /** The line break(s) that followed it in the input. */
  readonly separator: string
  kind: LineKind
}

export function cleanText(input: string): CleanedText {
  const lines = splitLines(input.replace(/\r\n?/g, '\n'))
  for (const line of lines) line.kind = classify(line.text)
  extendTrailingBlock(lines)

  const boilerplate = lines.filter((l) => isBoilerplate(l.kind)).map((l) => l.text.trim())
  const disclaimers = lines.filter((l) => l.kind === 'disclaimer').map((l) => l.text)
  const text = joinContent(lines)
  const agency = findAgencyCredit(text) ?? disclaimers.map(agencyNamedIn).find((a) => a !== null) ?? null
  return {
    text,
    boilerplate,
    provenance: { syndicated: disclaimers.length > 0 || agency !== null, agency },
  }
}

function splitLines(text: string): Line[] {
  const out: Line[] = []
  const re = /([^\n]*)(\n*)/g
  for (let m = re.exec(text); m && (m[0].length > 0 || m.index < text.length); m = re.exec(text)) {
    out.push({ text: m[1]!, separator: m[2]!, kind: 'content' })
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

function classify(line: string): LineKind {
  const trimmed = line.trim()
  if (trimmed === '') return 'blank'
  if (SYNDICATION_DISCLAIMERS.some((re) => re.test(trimmed)) && trimmed.length <= 600) return 'disclaimer'
  if (trimmed.length <= MAX_STRONG_PROMO_LINE && STRONG_PROMO_CUES.some((re) => re.test(trimmed)))
    return 'promo'
  if (trimmed.length > MAX_PROMO_LINE) return 'content'
  if (PROMO_CUES.some((re) => re.test(trimmed))) return 'promo'
  if (CREDIT_LINES.some((re) => re.test(trimmed))) return 'credit'
  if (NO_WORDS.test(trimmed)) return 'noise'
  return 'content'
}

function isBoilerplate(kind: LineKind): boolean {
  return kind !== 'content' && kind !== 'blank'
}

/**
 * Sites append their furniture after the story: a short exclamatory or emoji line that sits
 * between boilerplate lines at the end of the text is furniture too.
 */
function extendTrailingBlock(lines: Line[]): void {
  const furniture = /[!]\s*$|\p{Extended_Pictographic}/u
  let seenBoilerplateAfter = false
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!
    if (line.kind === 'blank') continue
    if (isBoilerplate(line.kind)) {
      seenBoilerplateAfter = true
      continue
    }
    if (seenBoilerplateAfter && line.text.trim().length < 160 && furniture.test(line.text)) {
      line.kind = 'promo'
      continue
    }
    break
  }
}

/** Keeps content lines with the widest separator that stood between them. */
function joinContent(lines: readonly Line[]): string {
  let out = ''
  let pending = ''
  for (const line of lines) {
    if (line.kind === 'content') {
      if (out.length > 0) out += pending || '\n'
      out += line.text.replace(/\s+$/, '')
      pending = line.separator
    } else if (line.separator.length > pending.length) {
      pending = line.separator
    }
  }
  return out.replace(/^\s+/, '')
}
