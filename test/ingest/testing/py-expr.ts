/**
 * A tiny, safe evaluator for the Python expressions feedparser's test files use as assertions
 * (`not bozo and entries[0]['title'] == u'Example'`). Test helper only: it tokenises and parses
 * the expression itself (nothing is ever passed to eval or Function) and evaluates it over a plain
 * JS value with Python semantics for truthiness, equality, `and`/`or`/`not`, chained comparisons,
 * subscripts (`KeyError`/`IndexError` when missing), attribute access on dicts (FeedParserDict),
 * `.has_key()`, `.get()`, `len()`, `ord()`, `in`, `+` and string/number/tuple/list literals.
 */

import { type Node, PyCaseless, type PyDict, PyError, PyTuple, type PyValue, parseExpr } from './py-parse.ts'

export { PyCaseless, type PyDict, PyError, PyTuple, type PyValue, parseExpr, tokenize } from './py-parse.ts'

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
