/**
 * A tiny, safe evaluator for the Python expressions feedparser's test files use as assertions
 * (`not bozo and entries[0]['title'] == u'Example'`). Test helper only: it tokenises and parses
 * the expression itself (nothing is ever passed to eval or Function) and evaluates it over a plain
 * JS value with Python semantics for truthiness, equality, `and`/`or`/`not`, chained comparisons,
 * subscripts (`KeyError`/`IndexError` when missing), attribute access on dicts (FeedParserDict),
 * `.has_key()`, `.get()`, `len()`, `ord()`, `in`, `+` and string/number/tuple/list literals.
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

type Node =
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

export function truthy(v: PyValue | undefined): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false
  if (Array.isArray(v)) return v.length > 0
  if (v instanceof PyTuple) return v.items.length > 0
  if (v instanceof PyCaseless) return v.value !== ''
  if (typeof v === 'object') return Object.keys(v).length > 0
  return true
}

export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyCaseless || b instanceof PyCaseless) {
    const s = (x: PyValue): string | null =>
      x instanceof PyCaseless ? x.value : typeof x === 'string' ? x : null
    const l = s(a)
    const r = s(b)
    return l !== null && r !== null && l.toLowerCase() === r.toLowerCase()
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) === Number(b)
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEquals(a.items, b.items)
  if (Array.isArray(a) && Array.isArray(b)) return seqEquals(a, b)
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (a instanceof PyTuple || b instanceof PyTuple || Array.isArray(a) || Array.isArray(b)) return false
    const ka = Object.keys(a).filter((k) => a[k] !== undefined)
    const kb = Object.keys(b).filter((k) => b[k] !== undefined)
    return ka.length === kb.length && ka.every((k) => k in b && pyEquals(a[k] as PyValue, b[k] as PyValue))
  }
  return a === b
}

function seqEquals(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  return a.length === b.length && a.every((x, i) => pyEquals(x, b[i] as PyValue))
}

function isDict(v: PyValue | undefined): v is PyDict {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof PyTuple) &&
    !(v instanceof PyCaseless)
  )
}

function text(v: PyValue): string {
  if (typeof v === 'string') return v
  if (v instanceof PyCaseless) return v.value
  throw new PyError(`expected a string, got ${JSON.stringify(v)}`)
}

function subscript(v: PyValue, i: PyValue): PyValue {
  if (Array.isArray(v) || v instanceof PyTuple || typeof v === 'string') {
    const seq = v instanceof PyTuple ? v.items : v
    if (typeof i !== 'number') throw new PyError('TypeError: indices must be integers')
    const at = i < 0 ? seq.length + i : i
    if (at < 0 || at >= seq.length) throw new PyError(`IndexError: ${i}`)
    return (seq as readonly PyValue[])[at] as PyValue
  }
  if (isDict(v)) {
    const value = v[String(i)]
    if (value === undefined) throw new PyError(`KeyError: ${JSON.stringify(i)}`)
    return value
  }
  throw new PyError(`TypeError: ${JSON.stringify(v)} is not subscriptable`)
}

function compare(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return pyEquals(a, b)
    case '!=':
      return !pyEquals(a, b)
    case 'is':
      return a === b
    case 'is not':
      return a !== b
    case 'in':
    case 'not in': {
      let found: boolean
      if (typeof b === 'string' || b instanceof PyCaseless) found = text(b).includes(text(a))
      else if (Array.isArray(b) || b instanceof PyTuple)
        found = (b instanceof PyTuple ? b.items : b).some((x) => pyEquals(x, a))
      else if (isDict(b)) found = b[String(a)] !== undefined
      else throw new PyError(`TypeError: argument of type ${typeof b} is not iterable`)
      return op === 'in' ? found : !found
    }
    default: {
      if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string'))
        throw new PyError(`TypeError: cannot order ${JSON.stringify(a)} and ${JSON.stringify(b)}`)
      const x = a as number | string
      const y = b as number | string
      return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y
    }
  }
}

type Callable = { call: (args: PyValue[]) => PyValue }

function evaluate(node: Node, scope: PyDict): PyValue | Callable {
  const ev = (n: Node): PyValue => {
    const v = evaluate(n, scope)
    if (typeof v === 'object' && v !== null && 'call' in v && typeof v.call === 'function')
      throw new PyError('a function used as a value')
    return v as PyValue
  }
  switch (node.k) {
    case 'lit':
      return node.v
    case 'name': {
      if (node.id === 'len')
        return {
          call: ([x]) => {
            if (typeof x === 'string' || Array.isArray(x)) return x.length
            if (x instanceof PyTuple) return x.items.length
            if (isDict(x)) return Object.values(x).filter((y) => y !== undefined).length
            throw new PyError('TypeError: object has no len()')
          },
        }
      if (node.id === 'ord')
        return {
          call: ([x]) => {
            const s = text(x ?? null)
            if ([...s].length !== 1)
              throw new PyError(`TypeError: ord() expected a character, got ${JSON.stringify(s)}`)
            return s.codePointAt(0) as number
          },
        }
      const value = scope[node.id]
      if (value === undefined) throw new PyError(`NameError: ${node.id}`)
      return value
    }
    case 'tuple':
      return new PyTuple(node.items.map(ev))
    case 'list':
      return node.items.map(ev)
    case 'not':
      return !truthy(ev(node.e))
    case 'neg': {
      const v = ev(node.e)
      if (typeof v !== 'number') throw new PyError('TypeError: bad operand for unary -')
      return -v
    }
    case 'bool': {
      const l = ev(node.l)
      if (node.op === 'and') return truthy(l) ? ev(node.r) : l
      return truthy(l) ? l : ev(node.r)
    }
    case 'cmp': {
      let left = ev(node.first)
      for (const [i, op] of node.ops.entries()) {
        const right = ev(node.rest[i] as Node)
        if (!compare(op, left, right)) return false
        left = right
      }
      return true
    }
    case 'add': {
      const l = ev(node.l)
      const r = ev(node.r)
      if (typeof l === 'number' && typeof r === 'number') return l + r
      if (Array.isArray(l) && Array.isArray(r)) return [...l, ...r]
      return text(l) + text(r)
    }
    case 'sub':
      return subscript(ev(node.e), ev(node.i))
    case 'attr': {
      const target = ev(node.e)
      if (!isDict(target)) throw new PyError(`AttributeError: ${node.id}`)
      if (node.id === 'has_key') return { call: ([k]) => target[String(k)] !== undefined }
      if (node.id === 'get') return { call: ([k, d]) => target[String(k)] ?? d ?? null }
      if (node.id === 'keys')
        return { call: () => Object.keys(target).filter((k) => target[k] !== undefined) }
      const value = target[node.id]
      if (value === undefined) throw new PyError(`AttributeError: ${node.id}`)
      return value
    }
    case 'call': {
      const f = evaluate(node.f, scope)
      if (!(typeof f === 'object' && f !== null && 'call' in f && typeof f.call === 'function'))
        throw new PyError('TypeError: not callable')
      return f.call(node.args.map(ev))
    }
  }
}

/** Evaluates `expr` over `scope`; returns Python truthiness, throws PyError on errors (KeyError …). */
export function evaluatePy(expr: string, scope: PyDict): boolean {
  const v = evaluate(parseExpr(expr), scope)
  if (typeof v === 'object' && v !== null && 'call' in v) throw new PyError('a function used as a value')
  return truthy(v as PyValue)
}
