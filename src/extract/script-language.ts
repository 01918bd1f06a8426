/**
 * A language from the writing system, for pages that do not declare one. Only scripts that name
 * one language are used (Hangul, kana, Thai, Greek, Hebrew, Georgian, Armenian; Han without kana
 * as Chinese); Latin, Cyrillic, Arabic and Devanagari serve many languages and give null.
 */

const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
]

export function languageFromScript(text: string): string | null {
  const sample = text.slice(0, 5000)
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < 20) return null
  // Japanese mixes kana with Han; any real share of kana decides it before Han is counted.
  for (const [pattern, language] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0
    if (count / letters > (language === 'ja' ? 0.1 : 0.5)) return language
  }
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0
  return han / letters > 0.5 ? 'zh' : null
}
