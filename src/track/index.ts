/**
 * @module track
 * Across articles: fingerprints for syndicated copies, story grouping, and the story view with
 * each party's positions over time.
 */
export { actorKey, actorKeys, partyKeys } from './actor-key.ts'
export type { Fingerprint } from './fingerprint.ts'
export {
  bandKeys,
  estimateJaccard,
  exactHash,
  fingerprint,
  hammingDistance,
  minHash,
  NEAR_DUPLICATE_THRESHOLD,
  normalizeWords,
  shingles,
  simHash,
} from './fingerprint.ts'
export type { StoryFeatures } from './story-features.ts'
export {
  articleFeatures,
  articleParties,
  mergeFeatures,
  STORY_MATCH_THRESHOLD,
  STORY_WINDOW_DAYS,
  storyMatch,
  topTerms,
  withinWindow,
} from './story-features.ts'
export type {
  Change,
  DisconnectView,
  EvidenceLayer,
  EvidenceRef,
  PartyView,
  PositionLine,
  SpeakerQuotes,
  StoryArticle,
  StoryHeader,
  StoryView,
  TimelineEvent,
} from './story-view.ts'
export { buildStoryView, changesSince, positionIdentity } from './story-view.ts'
