/**
 * Line-level cues for site boilerplate in article text. Each rule names a family of phrasing,
 * never a particular site's sentence: promos and calls to action, newsletter and app prompts,
 * syndication disclaimers, credits and copyright lines.
 */

/** Says the text was republished from an agency or wire feed: boilerplate and provenance at once. */
export const SYNDICATION_DISCLAIMERS: readonly RegExp[] = [
  /\b(?:generated|auto-?generated|published|sourced|taken|syndicated|republished)\s+(?:automatically\s+)?(?:from|via|through)\s+(?:an?\s+|the\s+)?(?:automated\s+|syndicated\s+|third[- ]party\s+)?(?:news\s+)?(?:agency|wire|syndicated|syndication)?\s*(?:feed|service|wire)\b/i,
  /\bhas\s+not\s+been\s+edited\s+by\b.{0,60}\b(?:staff|team|desk)\b/i,
  /\b(?:without|with\s+no)\s+(?:any\s+)?modifications?\s+to\s+(?:the\s+)?(?:text|copy|content)\b/i,
  /\bonly\s+the\s+headline\s+(?:and\s+picture\s+)?(?:has|have|may\s+have)\s+been\s+(?:changed|reworked)\b/i,
]

/** Calls to action and site promotion: strong enough on their own in a short line. */
export const PROMO_CUES: readonly RegExp[] = [
  /\b(?:click|tap|press)\s+here\b/i,
  // Imperatives only: at the start of the line or of a sentence ("Sign up for …"), not "readers will sign up for".
  /(?:^|[.!?:|]\s+)sign\s+up\s+(?:for|to|now|here|today)\b/i,
  /(?:^|[.!?:|]\s+)subscribe\s+(?:to|now|today|here|for)\b/i,
  /\b(?:our|the|daily|weekly|free)\s+newsletters?\b/i,
  /\bdownload\s+(?:the|our)\s+(?:\w+\s+)?app\b/i,
  /\bfollow\s+us\s+on\b/i,
  /\b(?:also|must)\s+read\s*[:|–—-]/i,
  /^\s*(?:read|see)\s+(?:more|also)\s*[:|–—-]/i,
  /^\s*(?:related|recommended|trending|most\s+read|don'?t\s+miss|watch)\s*[:|–—-]/i,
  /^\s*advertisement\s*$/i,
  /\byou\s+are\s+(?:on|reading|now\s+on)\s+[A-Z][\w.]*\s*!/,
  /#1\s+(?:news|business|source)\b/i,
  /\bcatch\s+all\s+the\b.{0,80}\b(?:news|updates)\b/i,
  /\b(?:to\s+)?(?:learn|know|read)\s+more\s+(?:about\s+our|click)\b/i,
  /\bfastest[- ]growing\s+news\b/i,
  /\bjoin\s+(?:our|us\s+on)\s+(?:\w+\s+)?(?:channel|community|whatsapp|telegram)\b/i,
  /\bshare\s+(?:this|the)\s+(?:article|story)\b/i,
]

/** Copyright and credit lines. */
export const CREDIT_LINES: readonly RegExp[] = [
  /^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}/i,
  /\ball\s+rights\s+reserved\b/i,
  /\bmay\s+not\s+be\s+(?:published|reproduced),?\s+broadcast\b/i,
  /^\s*(?:photo|image|picture|video|file\s+photo|illustration)\s*(?:credit)?\s*:\s*\S.{0,100}$/i,
]

/** A line that carries no words at all: codes, timestamps ("___" section rules are kept: they part the story). */
export const NO_WORDS = /^[^\p{L}_]*$/u

/** Longer than this, a line is prose that merely mentions a cue word ("… consumers will sign up for …"). */
export const MAX_PROMO_LINE = 160

/** Calls to action so plain that a line up to this long carrying one is furniture. */
export const MAX_STRONG_PROMO_LINE = 400
export const STRONG_PROMO_CUES: readonly RegExp[] = [
  /\b(?:click|tap|press)\s+here\b/i,
  /\byou\s+are\s+(?:on|reading|now\s+on)\s+[A-Z][\w.]*\s*!/,
]
