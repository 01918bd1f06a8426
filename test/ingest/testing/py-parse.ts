/**
 * Tokenizer and recursive-descent parser for the Python expression subset of feedparser's `Expect:`
 * assertions (test helper). Produces a small tree; evaluation is in `py-expr.ts`. Nothing is eval'd.
 */

export type PyValue = string | number | boolean | null | PyTuple | PyValue[] | PyDict | PyCaseless
export interface PyDict {
  readonly [key: string]: PyValue | undefined
}
/** A tuple (lists and tuples never compare equal in Python). */
export class PyTuple {
  constructor(readonly items: readonly PyValue[]) {}
}
/** A string compared case-insensitively (charset names: RFC 2978 says they are case-insensitive). */
export class PyCaseless {
  constructor(readonly value: string) {}
}

export class PyError extends Error {}

export type Node =
  | { k: 'lit'; v: PyValue }
  | { k: 'name'; id: string }
  | { k: 'tuple' | 'list'; items: Node[] }
  | { k: 'not'; e: Node }
  | { k: 'neg'; e: Node }
  | { k: 'bool'; op: 'and' | 'or'; l: Node; r: Node }
  | { k: 'cmp'; first: Node; ops: string[]; rest: Node[] }
  | { k: 'add'; l: Node; r: Node }
  | { k: 'sub'; e: Node; i: Node }
  | { k: 'attr'; e: Node; id: string }
  | { k: 'call'; f: Node; args: Node[] }

type Tok = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'op'; v: string }

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
}

function unescapePy(body: string, raw: boolean): string {
  if (raw) return body
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|\n|.)/g, (whole, e: string) => {
    if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U')
      return String.fromCodePoint(Number.parseInt(e.slice(1), 16))
    if (e === '\n') return ''
    return ESCAPES[e] ?? whole
  })
}

export function tokenize(src: string): Tok[] {
  const toks: Tok[] = []
  let i = 0
  while (i < src.length) {
    const rest = src.slice(i)
    const space = /^\s+/.exec(rest)
    if (space) {
      i += space[0].length
      continue
    }
    const str = /^([uUbBrR]{0,2})("""|'''|"|')/.exec(rest)
    if (str?.[2] !== undefined && (str[1] === '' || /^[a-zA-Z]+$/.test(str[1] ?? ''))) {
      const quote = str[2]
      const start = str[0].length
      let j = start
      while (j < rest.length && !rest.startsWith(quote, j)) j += rest[j] === '\\' ? 2 : 1
      if (j >= rest.length) throw new PyError(`unterminated string at ${i}`)
      toks.push({ t: 'str', v: unescapePy(rest.slice(start, j), /r/i.test(str[1] ?? '')) })
      i += j + quote.length
      continue
    }
    const num = /^\d+(\.\d+)?/.exec(rest)
    if (num) {
      toks.push({ t: 'num', v: Number(num[0]) })
      i += num[0].length
      continue
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)
    if (id) {
      toks.push({ t: 'id', v: id[0] })
      i += id[0].length
      continue
    }
    const op = /^(==|!=|<=|>=|[<>()[\],.+:-])/.exec(rest)
    if (!op) throw new PyError(`unexpected character ${JSON.stringify(rest[0])} at ${i}`)
    toks.push({ t: 'op', v: op[0] })
    i += op[0].length
  }
  return toks
}

/** Parses one expression; throws PyError on anything outside the supported subset. */
export function parseExpr(src: string): Node {
  const toks = tokenize(src)
  let p = 0
  const peek = (): Tok | undefined => toks[p]
  const isOp = (v: string): boolean => toks[p]?.t === 'op' && toks[p]?.v === v
  const isKw = (v: string): boolean => toks[p]?.t === 'id' && toks[p]?.v === v
  const expectOp = (v: string): void => {
    if (!isOp(v)) throw new PyError(`expected ${v} at token ${p}`)
    p++
  }
  const orExpr = (): Node => {
    let l = andExpr()
    while (isKw('or')) {
      p++
      l = { k: 'bool', op: 'or', l, r: andExpr() }
    }
    return l
  }
  const andExpr = (): Node => {
    let l = notExpr()
    while (isKw('and')) {
      p++
      l = { k: 'bool', op: 'and', l, r: notExpr() }
    }
    return l
  }
  const notExpr = (): Node => {
    if (isKw('not')) {
      p++
      return { k: 'not', e: notExpr() }
    }
    return comparison()
  }
  const comparison = (): Node => {
    const first = sum()
    const ops: string[] = []
    const rest: Node[] = []
    for (;;) {
      let op: string | null = null
      if (['==', '!=', '<', '>', '<=', '>='].some(isOp)) op = (peek() as Tok & { v: string }).v
      else if (isKw('in')) op = 'in'
      else if (isKw('not') && toks[p + 1]?.v === 'in') op = 'not in'
      else if (isKw('is')) op = toks[p + 1]?.v === 'not' ? 'is not' : 'is'
      if (op === null) break
      p += op.includes(' ') ? 2 : 1
      ops.push(op)
      rest.push(sum())
    }
    return ops.length === 0 ? first : { k: 'cmp', first, ops, rest }
  }
  const sum = (): Node => {
    let l = unary()
    while (isOp('+')) {
      p++
      l = { k: 'add', l, r: unary() }
    }
    return l
  }
  const unary = (): Node => {
    if (isOp('-')) {
      p++
      return { k: 'neg', e: unary() }
    }
    return postfix()
  }
  const args = (close: string): Node[] => {
    const out: Node[] = []
    while (!isOp(close)) {
      out.push(orExpr())
      if (!isOp(close)) expectOp(',')
    }
    p++
    return out
  }
  const postfix = (): Node => {
    let e = atom()
    for (;;) {
      if (isOp('[')) {
        p++
        const i = orExpr()
        expectOp(']')
        e = { k: 'sub', e, i }
      } else if (isOp('.')) {
        p++
        const id = peek()
        if (id?.t !== 'id') throw new PyError('expected a name after .')
        p++
        e = { k: 'attr', e, id: id.v }
      } else if (isOp('(')) {
        p++
        e = { k: 'call', f: e, args: args(')') }
      } else return e
    }
  }
  const atom = (): Node => {
    const t = peek()
    if (!t) throw new PyError('unexpected end of expression')
    p++
    if (t.t === 'str') {
      let v = t.v
      while (peek()?.t === 'str') v += (toks[p++] as { v: string }).v // implicit concatenation
      return { k: 'lit', v }
    }
    if (t.t === 'num') return { k: 'lit', v: t.v }
    if (t.t === 'id') {
      if (t.v === 'True') return { k: 'lit', v: true }
      if (t.v === 'False') return { k: 'lit', v: false }
      if (t.v === 'None') return { k: 'lit', v: null }
      return { k: 'name', id: t.v }
    }
    if (t.v === '(') {
      if (isOp(')')) {
        p++
        return { k: 'tuple', items: [] }
      }
      const first = orExpr()
      if (isOp(')')) {
        p++
        return first
      }
      expectOp(',')
      const items = [first, ...args(')')]
      return { k: 'tuple', items }
    }
    if (t.v === '[') return { k: 'list', items: args(']') }
    throw new PyError(`unexpected ${t.v}`)
  }
  const tree = orExpr()
  if (p !== toks.length) throw new PyError(`unexpected ${String(toks[p]?.v)} after the expression`)
  return tree
}
