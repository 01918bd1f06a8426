/**
 * The dependency rule of docs/architecture.md, checked on every import in src/: which folder may
 * import which, stage folders never importing each other, and the product never reading ../shared.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = new URL('../src/', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    // Test support (`test-doc.ts`, `testing/`) is not product code.
    const support = name.endsWith('.test.ts') || /(^|-)test-/.test(name) || path.includes('/testing/')
    return name.endsWith('.ts') && !support ? [path] : []
  })
}

/** The unit a file belongs to: its top folder, or `annotate/<stage>`. */
function unitOf(file: string): string {
  const parts = relative(src, file).split('/')
  if (parts.length === 1) return parts[0]!.replace(/\.ts$/, '')
  return parts[0] === 'annotate' ? `annotate/${parts[1]}` : parts[0]!
}

const CORE = ['errors', 'doc']
/** What each unit may import (besides itself). `annotate/*` stands for every stage folder. */
const ALLOWED: Record<string, readonly string[]> = {
  errors: [],
  doc: ['errors'],
  kb: CORE,
  clean: CORE,
  extract: [...CORE, 'clean'],
  // Ingest takes the analyser and the store as injected functions: types only.
  ingest: [...CORE, 'analysis', 'pipeline:type', 'store:type'],
  'annotate/common': [...CORE, 'kb'],
  'annotate/*': [...CORE, 'kb', 'annotate/common', 'pipeline:type'],
  analysis: CORE,
  pipeline: [...CORE, 'analysis', 'clean', 'extract', 'annotate/*', 'kb'],
  track: [...CORE, 'analysis'],
  store: [...CORE, 'analysis', 'track', 'ingest'],
  export: [...CORE, 'analysis', 'store'],
  serve: [...CORE, 'analysis', 'store', 'track', 'export', 'pipeline'],
  cli: ['*'],
  index: ['*'],
}

function allowed(from: string, to: string, typeOnly: boolean): boolean {
  const rules = ALLOWED[from.startsWith('annotate/') && from !== 'annotate/common' ? 'annotate/*' : from]
  if (!rules) return false
  if (rules.includes('*') || from === to) return true
  if (rules.includes(to)) return true
  if (to.startsWith('annotate/') && to !== 'annotate/common' && rules.includes('annotate/*')) return true
  return typeOnly && rules.includes(`${to}:type`)
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm

describe('the dependency rule', () => {
  const violations: string[] = []
  const sharedReads: string[] = []
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8')
    if (/\.\.\/shared|shared\/data/.test(text)) sharedReads.push(relative(src, file))
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4]!
      if (!spec.startsWith('.')) continue
      const target = resolve(dirname(file), spec)
      if (!target.startsWith(src)) continue
      const from = unitOf(file)
      const to = unitOf(target)
      if (!allowed(from, to, m[2] !== undefined))
        violations.push(`${relative(src, file)} imports ${spec} (${from} -> ${to})`)
    }
  }

  it('should only import along the arrows of docs/architecture.md', () => {
    expect(violations).toEqual([])
  })

  it('should never read the development data from the product', () => {
    expect(sharedReads).toEqual([])
  })
})
