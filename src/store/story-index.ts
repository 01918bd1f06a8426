/**
 * The stories' features in memory, with an inverted index from party, proposal and term to
 * story ids, so placing an article compares it with a handful of candidate stories, not all.
 */
import { STORY_MATCH_THRESHOLD, type StoryFeatures, storyMatch, withinWindow } from '../track/index.ts'

const MAX_TERM_CANDIDATES = 200

export class StoryIndex {
  readonly #features = new Map<string, StoryFeatures>()
  readonly #byKey = new Map<string, Set<string>>()

  set(id: string, features: StoryFeatures): void {
    this.#features.set(id, features)
    for (const key of keysOf(features)) {
      const set = this.#byKey.get(key) ?? new Set<string>()
      this.#byKey.set(key, set)
      set.add(id)
    }
  }

  get(id: string): StoryFeatures | undefined {
    return this.#features.get(id)
  }

  /** The best-matching story at or above the threshold, or null. */
  bestMatch(article: StoryFeatures): { id: string; score: number } | null {
    const candidates = new Set<string>()
    const add = (key: string) => {
      for (const id of this.#byKey.get(key) ?? []) candidates.add(id)
    }
    for (const p of Object.keys(article.parties)) add(`p:${p}`)
    for (const p of Object.keys(article.proposals)) add(`r:${p}`)
    // Without parties, the vocabulary is all there is; bounded so one common word cannot make it O(stories).
    if (candidates.size === 0) {
      for (const t of Object.keys(article.terms)) {
        for (const id of this.#byKey.get(`t:${t}`) ?? []) {
          if (candidates.size >= MAX_TERM_CANDIDATES) break
          candidates.add(id)
        }
      }
    }
    let best: { id: string; score: number } | null = null
    for (const id of candidates) {
      const story = this.#features.get(id)!
      if (!withinWindow(story, article.firstDate)) continue
      const score = storyMatch(story, article)
      if (score >= STORY_MATCH_THRESHOLD && (!best || score > best.score)) best = { id, score }
    }
    return best
  }
}

function keysOf(f: StoryFeatures): string[] {
  return [
    ...Object.keys(f.parties).map((k) => `p:${k}`),
    ...Object.keys(f.proposals).map((k) => `r:${k}`),
    ...Object.keys(f.terms).map((k) => `t:${k}`),
  ]
}
