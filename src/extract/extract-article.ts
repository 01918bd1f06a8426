/**
 * HTML page -> clean article body and metadata. First version: the text of <p> elements
 * under <body>, title from <title>. The full extractor replaces this (issue: article extraction).
 */
import { parseHTML } from 'linkedom'
import type { ArticleMeta, DocMessage } from '../doc/index.ts'

export interface ExtractOptions {
  /** The page's address, used to resolve the canonical URL. */
  readonly url?: string
}

export interface ExtractedArticle {
  readonly text: string
  readonly meta: Partial<ArticleMeta>
  readonly messages: readonly DocMessage[]
}

export function extractArticle(html: string | Uint8Array, options: ExtractOptions = {}): ExtractedArticle {
  const source = typeof html === 'string' ? html : new TextDecoder().decode(html)
  const { document } = parseHTML(source)
  const paragraphs = [...document.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
  const title = document.querySelector('title')?.textContent?.trim() || null
  return {
    text: paragraphs.filter((p) => p.length > 0).join('\n\n'),
    meta: { title, url: options.url ?? null },
    messages: [],
  }
}
