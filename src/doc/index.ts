export type { Doc, DocMessage } from './doc.ts'
export { createDoc, hasLayer, layer, withLayer, withMessages } from './doc.ts'
export type {
  Actor,
  ActorKind,
  ActorMention,
  AttributionKind,
  Disconnect,
  Event,
  EventStatus,
  EventType,
  LayerMap,
  LayerName,
  MentionKind,
  Position,
  PositionKind,
  Proposal,
  Quote,
  QuoteType,
  Sentence,
  StanceValue,
  Token,
} from './layers.ts'
export { LAYER_NAMES } from './layers.ts'
export type { ArticleMeta, Provenance } from './meta.ts'
export { emptyMeta } from './meta.ts'
export type { ItemLink, ItemStatus, RawItem } from './raw-item.ts'
export type { Span } from './span.ts'
export {
  bySpanOrder,
  contains,
  firstStartingAt,
  isValidSpan,
  overlaps,
  span,
  spanText,
  trimSpan,
} from './span.ts'
