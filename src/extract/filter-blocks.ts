/**
 * Paragraph-level cleanup of the serialised body: the headline, byline and dateline repeated at
 * its top, ad labels, photo credits and short share or follow prompts anywhere. Each rule is a
 * family of phrasing pages share, not any one page's sentence.
 */

import { sameText } from './prune-boilerplate.ts'
import type { TextBlock } from './serialize-text.ts'

export interface FilterContext {
  readonly title: string | null
  readonly byline: string | null
  /** Live blogs open with an update's own heading, which is body. */
  readonly liveBlog?: boolean
}

const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b/i

const ALWAYS_DROP: readonly RegExp[] = [
  /^(?:advertisement|advertising|ad|sponsored|story continues below(?: this)? advertisement|continue reading(?: below)?|scroll to continue(?: with content)?|article continues below)$/i,
  /^(?:photo|image|picture|video|graphic|illustration|credit|source|file photo|photograph)s?\s*(?:credit)?\s*[:|/]\s*\S.{0,120}$/i,
  /^(?:share|share this|share on|tweet|email|print|comments?|save|follow)(?:\s+(?:this|on|article|story|us|facebook|twitter|linkedin|whatsapp|email|\|))*\s*[:!]?$/i,
  /^(?:don'?t miss|must read|also read|read more|read next|related(?: articles| stories| content| posts)?|recommended(?: for you)?|more stories|most read|most popular|trending(?: now)?|you may also like|you might also like|more from [\w ]{1,30})\s*[:.…]*$/i,
  /^(?:sponsored|promoted|paid|partner)\s+(?:links?|content|stories|posts)\s*:?$/i,
  /^(?:more|advert|click to tweet|like this|like loading\.*|loading\.*)\s*:?$/i,
  /^.{10,300}\((?:photo|image|picture|credit|source|foto)s?\s*(?:credit)?\s*:[^)]{2,80}\)$/i,
  /\b(?:successfully subscribed|thanks? you for subscribing|thanks for signing up)\b/i,
  /^(?:getty images|afp via getty images|ap photo|reuters|shutterstock|istock)(?:\s*[/|]\s*\S.*)?$/i,
]

export function filterBlocks(blocks: readonly TextBlock[], context: FilterContext): TextBlock[] {
  const kept = blocks.filter(
    (block) =>
      !ALWAYS_DROP.some((re) => re.test(block.text)) &&
      !isRelatedLine(block) &&
      !(block.kind === 'paragraph' && isShoutedTeaser(block)),
  )
  // Top of the body: headline, byline and dateline lines come before the first real paragraph.
  let start = 0
  while (start < kept.length && isHeadMatter(kept[start]!, context)) start++
  let end = kept.length
  // A "Tags" or "Topics" label near the end starts the page's furniture: cut from there.
  for (let i = Math.max(start, kept.length - 4); i < kept.length; i++) {
    if (
      /^(?:tags?|topics?|filed under|keywords|categories|related topics|about the author)\s*:?(?:\n|$)/i.test(
        kept[i]!.text,
      )
    ) {
      end = i
      break
    }
  }
  while (end > start && (isTailMatter(kept[end - 1]!) || isTeaserLink(kept[end - 1]!))) end--
  // The label of a trailing rail of links ("More on this:", "You may also like...").
  if (end < kept.length && end > start && isRailLabel(kept[end - 1]!)) end--
  return kept.slice(start, end).filter((block) => !(context.title && sameText(block.text, context.title)))
}

function isHeadMatter(block: TextBlock, context: FilterContext): boolean {
  const text = block.text
  if (text.length > 200) return false
  // A heading before any paragraph is the headline or a standfirst, not a sub-heading.
  if (block.kind === 'heading' && !context.liveBlog && text.length > 20) return true
  if (text.length < 60 && READING_TIME.test(text)) return true
  // A breadcrumb trail: "News > Nation", "Home / World / Europe".
  if (text.length < 80 && /^[^.!?]{1,30}(?:\s[>›»/|]\s[^.!?]{1,30})+$/.test(text)) return true
  if (context.title && sameText(text, context.title)) return true
  if (
    context.byline &&
    context.byline.length >= 4 &&
    text.length < 150 &&
    text.includes(context.byline) &&
    !/[.!?]["”’]?$/.test(text)
  )
    return true
  if (/^(?:by|written by|posted by|words by|reporting by)\s+\p{Lu}/iu.test(text) && text.length < 120)
    return true
  if (text.length < 90 && MONTH.test(text) && !/[.!?]["”’]?$/.test(text.replace(/\b(?:a\.m|p\.m)\.$/i, '')))
    return true
  if (/^(?:updated|published|posted|last updated|first published)\b/i.test(text) && text.length < 120)
    return true
  return false
}

/** A short paragraph that is nothing but a link, or a list item led by one: a teaser for another article. */
function isTeaserLink(block: TextBlock): boolean {
  if (block.text.length >= 200) return false
  return block.linkShare > 0.85 || (block.kind === 'item' && block.linkShare > 0.3)
}

function isRailLabel(block: TextBlock): boolean {
  return block.text.length < 60 && /(?::|\.\.\.|…)$|^[^.!?]*$/.test(block.text)
}

function isTailMatter(block: TextBlock): boolean {
  const text = block.text
  if (text.length > 300) return false
  if (
    /\b(?:follow|reach|contact|email)\b.{0,40}\b(?:him|her|them|us|me)\b|\b[\w.+-]+@[\w-]+\.[\w.]+\b/i.test(
      text,
    )
  )
    return true
  if (text.length > 250) return false
  if (
    /\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?)\b/i.test(text) &&
    /moderat|aprovad|approv|spam|guideline/i.test(text)
  ) {
    return true
  }
  if (text.length > 200) return false
  if (/^(?:follow|listen|watch|subscribe|sign up|download|get the|join)\b/i.test(text)) return true
  if (
    /^(?:©|\(c\)|copyright\b).{0,80}\b(?:19|20)\d{2}\b/i.test(text) ||
    /\ball rights reserved\b/i.test(text)
  ) {
    return true
  }
  if (/^(?:tags?|topics?|filed under|related|more on|read more|see also|more from)\b\s*:?/i.test(text))
    return true
  return false
}

/** An all-capitals paragraph that is a link: a promoted headline set in the body. */
function isShoutedTeaser(block: TextBlock): boolean {
  return (
    block.linkShare > 0.85 &&
    block.text.length < 200 &&
    block.text === block.text.toUpperCase() &&
    /\p{Lu}/u.test(block.text)
  )
}

const READING_TIME =
  /\b(?:reading time|read time|min(?:ute)?s? read|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|lettura)\b/i

/** "Related: <link>", "See also: <link>" set between paragraphs. */
function isRelatedLine(block: TextBlock): boolean {
  return (
    block.linkShare > 0.5 &&
    block.text.length < 250 &&
    /^(?:related|also see|see also|read more|read also|also read|more|watch|listen|recommended)\b\s*[:|–—-]/i.test(
      block.text,
    )
  )
}
