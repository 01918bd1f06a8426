/**
 * What makes two articles part of one negotiation story: the parties they name, the proposals
 * they discuss and their vocabulary, within a time window. `storyMatch` scores an article
 * against a story; the store keeps the story's features as counts and merges each new article in.
 */
import type { Analysis } from '../analysis/index.ts'
import { actorKey, partyKeys } from './actor-key.ts'
import { normalizeWords } from './fingerprint.ts'

export interface StoryFeatures {
  /** Party key -> number of articles naming it. */
  readonly parties: Record<string, number>
  /** Proposal name key -> number of articles. */
  readonly proposals: Record<string, number>
  /** Term -> number of articles using it among their top terms. */
  readonly terms: Record<string, number>
  readonly articles: number
  readonly firstDate: string | null
  readonly lastDate: string | null
}

/** Days either side of a story's dates within which a new article may join it. */
export const STORY_WINDOW_DAYS = 14
/** Score at or above which an article joins a story. */
export const STORY_MATCH_THRESHOLD = 0.3
const TOP_TERMS = 30

// Function words and the vocabulary every negotiation report shares; they say nothing about which one.
const STOP = new Set(
  (
    'the a an and or but of to in on at for by with from as is are was were be been being has have had ' +
    'this that these those it its he she they them his her their our we you i not no will would could should ' +
    'can may might must said says say told also after before over into about than then there which who whom ' +
    'what when where while more most other some such only own same so very just any all both each few ' +
    'talks talk negotiations negotiation deal agreement proposal plan statement spokesman spokeswoman official ' +
    'officials monday tuesday wednesday thursday friday saturday sunday week weeks day days year years ' +
    'january february march april june july august september october november december today yesterday ' +
    'people government minister president news report reported according added'
  ).split(/\s+/),
)

/** The most frequent content words of a text (four letters or more, stop words removed). */
export function topTerms(text: string, limit = TOP_TERMS): string[] {
  const counts = new Map<string, number>()
  for (const w of normalizeWords(text)) {
    if (w.length < 4 || STOP.has(w) || /^\d+$/.test(w)) continue
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w)
}

/** The parties of an article: actors that are not people, plus people with no affiliation. */
export function articleParties(analysis: Analysis): string[] {
  const parties = partyKeys(analysis)
  const keys = new Set<string>()
  for (const actor of analysis.actors) {
    const key = parties.get(actor.id)
    if (key) keys.add(key)
  }
  return [...keys]
}

/** One article's features, as a story of one. */
export function articleFeatures(analysis: Analysis): StoryFeatures {
  const date = analysis.article.published?.slice(0, 10) ?? null
  const text = `${analysis.article.title ?? ''}\n${analysis.article.text}`
  return {
    parties: Object.fromEntries(articleParties(analysis).map((k) => [k, 1])),
    proposals: Object.fromEntries(analysis.proposals.map((p) => [actorKey(p.name), 1])),
    terms: Object.fromEntries(topTerms(text).map((t) => [t, 1])),
    articles: 1,
    firstDate: date,
    lastDate: date,
  }
}

function add(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a }
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v
  return out
}

const minDate = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b))
const maxDate = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b))

export function mergeFeatures(story: StoryFeatures, article: StoryFeatures): StoryFeatures {
  return {
    parties: add(story.parties, article.parties),
    proposals: add(story.proposals, article.proposals),
    terms: add(story.terms, article.terms),
    articles: story.articles + article.articles,
    firstDate: minDate(story.firstDate, article.firstDate),
    lastDate: maxDate(story.lastDate, article.lastDate),
  }
}

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
}

/** True when the article's date falls within the story's dates widened by the window. */
export function withinWindow(
  story: StoryFeatures,
  date: string | null,
  windowDays = STORY_WINDOW_DAYS,
): boolean {
  if (!date || !story.firstDate || !story.lastDate) return true
  if (date >= story.firstDate && date <= story.lastDate) return true
  return Math.min(days(date, story.firstDate), days(date, story.lastDate)) <= windowDays
}

// Share of the article's keys that the story already has (a story grows; an article should fit in it).
function coverage(article: Record<string, number>, story: Record<string, number>): number | null {
  const keys = Object.keys(article)
  if (keys.length === 0 || Object.keys(story).length === 0) return null
  return keys.filter((k) => (story[k] ?? 0) > 0).length / keys.length
}

// Terms weighted by how many of the story's articles use them, so one stray shared word counts little.
function termSimilarity(article: Record<string, number>, story: StoryFeatures): number {
  const keys = Object.keys(article)
  if (keys.length === 0) return 0
  let sum = 0
  for (const k of keys) sum += Math.min(1, (story.terms[k] ?? 0) / Math.max(1, story.articles * 0.5))
  return sum / keys.length
}

/**
 * How well an article fits a story, 0..1; 0 outside the time window. Parties weigh most; an
 * article naming none of the story's parties joins it only through a shared proposal.
 */
export function storyMatch(story: StoryFeatures, article: StoryFeatures): number {
  if (!withinWindow(story, article.firstDate)) return 0
  const parties = coverage(article.parties, story.parties)
  const proposals = coverage(article.proposals, story.proposals)
  const terms = termSimilarity(article.terms, story)
  // Shared vocabulary alone ("talks", "wage", "mediator") says little: disjoint parties mean another negotiation.
  if (parties === 0 && !proposals) return 0
  const parts: Array<[number, number]> = [[terms, 0.4]]
  if (parties !== null) parts.push([parties, 0.45])
  if (proposals !== null) parts.push([proposals, 0.15])
  const weight = parts.reduce((s, [, w]) => s + w, 0)
  return parts.reduce((s, [v, w]) => s + v * w, 0) / weight
}
