import type { Doc, DocMessage, LayerMap, LayerName } from '../doc/index.ts'

/** One pipeline stage: reads earlier layers, returns one new layer. Never mutates `doc`. */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: K
  readonly requires: readonly LayerName[]
  readonly run: (doc: Doc) => StageOutput<K>
}

export interface StageOutput<K extends LayerName> {
  readonly annotations: ReadonlyArray<LayerMap[K]>
  readonly messages?: readonly DocMessage[]
}
