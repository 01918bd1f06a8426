/**
 * From one input (plain text or a whole web page) to the contract's analysis object:
 * extract (HTML) -> clean -> freeze the text in a Doc -> run the stages -> public view.
 */
import { type Analysis, toAnalysis } from '../analysis/index.ts'
import { cleanText } from '../clean/index.ts'
import { createDoc, type Doc, type DocMessage, withMessages } from '../doc/index.ts'
import { ParleyError } from '../errors.ts'
import { extractArticle } from '../extract/index.ts'
import { defaultStages } from './default-stages.ts'
import type { PipelineOptions } from './options.ts'
import { runPipeline, type StageTimer } from './run-pipeline.ts'
import type { Stage } from './stage.ts'

/** One article to analyse: the batch line of `CONTRACT.md`. */
export interface AnalysisInput {
  readonly id: string
  readonly text?: string
  readonly html?: string | Uint8Array
  readonly url?: string
  /** ISO date; the anchor for "Tuesday", "last week". */
  readonly published?: string
  readonly title?: string
}

export interface AnalyzerOptions extends PipelineOptions {
  /** Replaces the default stages (and then ignores the pipeline options). */
  readonly stages?: readonly Stage[]
  readonly timer?: StageTimer
}

/** The largest article text Parley analyses (UTF-16 units); longer inputs are refused, not truncated. */
export const MAX_TEXT_LENGTH = 2_000_000

/** Builds the stages once; the returned function analyses one input at a time. */
export function createAnalyzer(options: AnalyzerOptions = {}): (input: AnalysisInput) => Analysis {
  const stages = options.stages ?? defaultStages(options)
  return (input) => toAnalysis(runPipeline(prepareDoc(input, options.timer), stages, options.timer))
}

/** Everything before the first offset: extraction, cleaning, metadata. */
export function prepareDoc(input: AnalysisInput, timer?: StageTimer): Doc {
  const label = `input ${JSON.stringify(input.id)}`
  const hasText = typeof input.text === 'string'
  const hasHtml = typeof input.html === 'string' || input.html instanceof Uint8Array
  if (!hasText && !hasHtml) {
    throw new ParleyError('input-invalid', 'has neither `text` nor `html`; give one of them', {
      input: label,
    })
  }
  let raw = input.text ?? ''
  let extractedMeta = {}
  let messages: readonly DocMessage[] = []
  if (!hasText && input.html !== undefined) {
    const started = performance.now()
    const extracted = extractArticle(input.html, input.url ? { url: input.url } : {})
    timer?.('extract', performance.now() - started)
    raw = extracted.text
    extractedMeta = extracted.meta
    messages = extracted.messages
  }
  if (raw.length > MAX_TEXT_LENGTH) {
    throw new ParleyError(
      'input-too-large',
      `text is ${raw.length} characters; the limit is ${MAX_TEXT_LENGTH}`,
      {
        input: label,
      },
    )
  }
  if (raw.trim() === '' && hasText) {
    throw new ParleyError('input-empty', 'the text is empty', { input: label })
  }
  const cleaned = cleanText(raw)
  const base = extractedMeta as Partial<Doc['meta']>
  const provenance = {
    syndicated: cleaned.provenance.syndicated || (base.provenance?.syndicated ?? false),
    agency: base.provenance?.agency ?? cleaned.provenance.agency,
  }
  const doc = createDoc(input.id, cleaned.text, {
    ...base,
    title: input.title ?? base.title ?? null,
    url: input.url ?? base.url ?? null,
    published: normalizeDate(input.published) ?? base.published ?? null,
    boilerplate: [...(base.boilerplate ?? []), ...cleaned.boilerplate],
    provenance,
  })
  return withMessages(doc, messages)
}

/** Accepts an ISO date or date-time; anything else is ignored rather than guessed. */
function normalizeDate(value: string | undefined): string | null {
  if (!value) return null
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value : null
}
