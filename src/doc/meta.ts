/** What Parley knows about an article besides its text. Matches the contract's `article` fields. */
export interface ArticleMeta {
  readonly title: string | null
  readonly byline: string | null
  /** ISO 8601; the anchor for "Tuesday", "last week". */
  readonly published: string | null
  readonly publisher: string | null
  readonly url: string | null
  readonly language: string | null
  /** Lines removed from the input as site boilerplate, verbatim. */
  readonly boilerplate: readonly string[]
  readonly provenance: Provenance
}

export interface Provenance {
  /** True when the text says it came from an agency feed or carries an agency credit. */
  readonly syndicated: boolean
  /** "Associated Press", "Reuters", "AFP"… when known. */
  readonly agency: string | null
}

export function emptyMeta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: null,
    byline: null,
    published: null,
    publisher: null,
    url: null,
    language: null,
    boilerplate: [],
    provenance: { syndicated: false, agency: null },
    ...overrides,
  }
}
