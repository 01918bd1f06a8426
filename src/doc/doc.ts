/**
 * @module doc
 * The annotated document: it owns the frozen text, and every annotation points into it.
 */
import { ParleyError } from '../errors.ts'
import type { LayerMap, LayerName } from './layers.ts'
import type { ArticleMeta } from './meta.ts'
import { emptyMeta } from './meta.ts'
import { isValidSpan, type Span } from './span.ts'

/** A finding that should not stop the run, tied to a place, a stage and a rule. */
export interface DocMessage {
  readonly severity: 'info' | 'warning' | 'error'
  readonly reason: string
  readonly stage: string
  readonly rule: string
  readonly span?: Span
}

export interface Doc {
  readonly id: string
  /** Never rewritten once a span points into it. */
  readonly text: string
  readonly meta: ArticleMeta
  readonly layers: { readonly [K in LayerName]?: ReadonlyArray<LayerMap[K]> }
  readonly messages: readonly DocMessage[]
}

export function createDoc(id: string, text: string, meta: Partial<ArticleMeta> = {}): Doc {
  return Object.freeze({
    id,
    text,
    meta: emptyMeta(meta),
    layers: Object.freeze({}),
    messages: Object.freeze([]),
  })
}

/** The annotations of one layer; throws `layer-missing` naming the stage to run first. */
export function layer<K extends LayerName>(doc: Doc, name: K): ReadonlyArray<LayerMap[K]> {
  const found = doc.layers[name] as ReadonlyArray<LayerMap[K]> | undefined
  if (!found) {
    throw new ParleyError(
      'layer-missing',
      `doc ${doc.id} has no \`${name}\` layer; run the \`${name}\` stage first`,
    )
  }
  return found
}

export function hasLayer(doc: Doc, name: LayerName): boolean {
  return doc.layers[name] !== undefined
}

/**
 * Layers whose annotations are spans with no spans inside (their types say so): one check each
 * instead of a walk over every field, since tokens are the most numerous annotations by far.
 */
const FLAT_LAYERS: ReadonlySet<LayerName> = new Set<LayerName>(['tokens', 'sentences'])

/** A new Doc with one more layer. Rejects any span outside the text, naming the layer, doc and span. */
export function withLayer<K extends LayerName>(
  doc: Doc,
  name: K,
  annotations: ReadonlyArray<LayerMap[K]>,
): Doc {
  const check = (s: Span): void => {
    if (!isValidSpan(s, doc.text.length)) {
      throw new ParleyError(
        'span-invalid',
        `layer \`${name}\` of doc ${doc.id} has span [${s.start}, ${s.end}) outside the text (length ${doc.text.length})`,
      )
    }
  }
  if (FLAT_LAYERS.has(name)) for (const annotation of annotations) check(annotation as Span)
  else for (const annotation of annotations) visitSpans(annotation, check)
  return Object.freeze({
    ...doc,
    layers: Object.freeze({ ...doc.layers, [name]: Object.freeze([...annotations]) }),
  })
}

export function withMessages(doc: Doc, messages: readonly DocMessage[]): Doc {
  if (messages.length === 0) return doc
  return Object.freeze({ ...doc, messages: Object.freeze([...doc.messages, ...messages]) })
}

function isSpanLike(value: unknown): value is Span {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Span).start === 'number' &&
    typeof (value as Span).end === 'number'
  )
}

/**
 * Calls `visit` on every span inside an annotation, itself included when it is one, in document
 * order (plain recursion: nested generators cost a tenth of the whole analysis).
 */
function visitSpans(value: unknown, visit: (s: Span) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visitSpans(item, visit)
    return
  }
  if (typeof value !== 'object' || value === null) return
  if (isSpanLike(value)) visit(value)
  // for-in over own keys: the same children as Object.values, without an array per object.
  const record = value as Record<string, unknown>
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue
    const child = record[key]
    if (typeof child === 'object' && child !== null) visitSpans(child, visit)
  }
}
