import { describe, expect, it } from 'vitest'
import { languageFromScript } from './script-language.ts'

describe('languageFromScript', () => {
  it('names the language of a single-language script', () => {
    expect(languageFromScript('협상은 금요일까지 계속될 예정이라고 양측 대표가 밝혔다')).toBe('ko')
    expect(languageFromScript('交渉は金曜日まで続く見通しだと両国の代表が述べた')).toBe('ja')
    expect(languageFromScript('Οι διαπραγματεύσεις θα συνεχιστούν έως την Παρασκευή')).toBe('el')
    expect(languageFromScript('双方代表表示谈判将持续到星期五并继续讨论细节问题')).toBe('zh')
  })

  it('gives null for scripts shared by many languages, and for too little text', () => {
    expect(languageFromScript('The talks will continue until Friday, both delegations said.')).toBeNull()
    expect(languageFromScript('Переговоры продлятся до пятницы, сообщили обе делегации.')).toBeNull()
    expect(languageFromScript('한국')).toBeNull()
  })
})
