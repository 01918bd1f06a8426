// DOM helpers. Text always goes in through textContent, never parsed as HTML: article text is data, not markup.

/** h('a.link', {href}, 'text', child) -> element. Strings become text nodes. */
export function h(tag, attrs = {}, ...children) {
  const [name, ...classes] = tag.split('.')
  const el = document.createElement(name || 'div')
  if (classes.length) el.className = classes.join(' ')
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue
    if (k === 'text') el.textContent = String(v)
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v)
    else el.setAttribute(k, v === true ? '' : String(v))
  }
  append(el, children)
  return el
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue
    el.append(c instanceof Node ? c : document.createTextNode(String(c)))
  }
  return el
}

/** Only http(s) links leave the app; anything else (javascript:, data:) is shown as text. */
export function safeHref(url) {
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

export async function getJson(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok)
    throw new Error(body?.error ? `${body.error.message} [${body.error.code}]` : `HTTP ${res.status}`)
  return body
}

export function evidenceHref(ref) {
  return `#/article/${encodeURIComponent(ref.articleId)}?mark=${ref.layer}:${ref.index}`
}

export function badge(text, cls = '') {
  return h(`span.badge${cls ? `.${cls}` : ''}`, { text })
}
