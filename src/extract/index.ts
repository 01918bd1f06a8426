export type { ExtractedArticle, ExtractOptions } from './extract-article.ts'
export { extractArticle } from './extract-article.ts'
