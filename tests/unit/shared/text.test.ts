import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/domain/text';

describe('searchKey', () => {
  it.each([
    ['São Paulo', 'sao paulo'],
    ['Québec', 'quebec'],
    ['QUÉBEC', 'quebec'],
    ['Montréal', 'montreal'],
    ["Sana'a", "sana'a"],
    ['Sana’a', "sana'a"],
    ['Sana‘a', "sana'a"],
    ['Sana`a', "sana'a"],
    ['Sana´a', "sana'a"],
    ['  Tbilisi  ', 'tbilisi'],
    ['Zürich', 'zurich'],
    ['Kraków', 'krakow'],
    ['Ｒｏｍｅ', 'rome'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('makes every apostrophe the same', () => {
    const keys = ["Sana'a", 'Sana’a', 'Sana‘a', 'Sana`a', 'Sana´a'].map(searchKey);
    expect(new Set(keys)).toEqual(new Set(["sana'a"]));
  });

  it('leaves no combining mark, no upper-case letter and no outer space, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."aeiouAEIOUçÇñÑéÉèàÀüÜôÔ’‘`´' -_%ÅåØøßİıǅ".split('')),
          maxLength: 30,
        }),
        (text) => {
          const key = searchKey(text);
          expect(key).not.toMatch(/\p{M}/u);
          expect(key).toBe(key.toLowerCase());
          expect(key).toBe(key.trim());
          expect(searchKey(key)).toBe(key);
          expect(key).not.toMatch(/[’‘`´]/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is the same for a text and its upper-case or decomposed form', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdeéèêëàâäçôöùûüÿñ '.split('')), maxLength: 20 }),
        (text) => {
          expect(searchKey(text.toUpperCase())).toBe(searchKey(text));
          expect(searchKey(text.normalize('NFD'))).toBe(searchKey(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers plain ASCII (its fast path) exactly as the full normalisation does', () => {
    const full = (text: string) =>
      text.replace(/[’‘`´]/g, "'").normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }), (text) => {
        expect(searchKey(text)).toBe(full(text));
      }),
      { numRuns: 500 },
    );
  });

  it('answers a text asked again (its recent keys) exactly as the first time and as the full normalisation', () => {
    const full = (text: string) =>
      text.replace(/[’‘`´]/g, "'").normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'aéÉçÇ’´ Œœ-ñ'.split('')), maxLength: 12 }), { maxLength: 400 }),
        (texts) => {
          for (const text of [...texts, ...texts]) expect(searchKey(text)).toBe(full(text));
        },
      ),
      { numRuns: 50 },
    );
  });
});
