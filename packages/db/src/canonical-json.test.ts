import { describe, expect, it } from 'vitest';
import { canonicalJson, toJsonValue } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units at every depth and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }], A: 'x' })).toBe('{"A":"x","a":[{"y":null,"z":true}],"b":1}');
  });

  // RFC 8785 §3.2.3 sorting example: "\u20ac" (€) sorts after "\r" and "1", and the surrogate
  // pair "\ud83d\ude00" sorts before "\u20ac" by UTF-16 code units though its code point is higher.
  it('orders keys by code units as in RFC 8785 §3.2.3', () => {
    const text = canonicalJson({ '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' });
    const keys = Object.keys(JSON.parse(text) as object);
    // Integer-like keys are reordered by JSON.parse itself; compare the text order instead.
    expect([...text.matchAll(/"([^"]*)":/g)].map((m) => JSON.parse(`"${m[1]}"`) as string)).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(keys).toHaveLength(7);
  });

  it('serialises numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, Number('333333333.33333329')])).toBe('[1e+21,1e-7,0,0.30000000000000004,333333333.3333333]');
  });

  it('is the same for equal values written in different key orders', () => {
    expect(canonicalJson({ x: { b: 2, a: 1 }, y: [3] })).toBe(canonicalJson({ y: [3], x: { a: 1, b: 2 } }));
  });

  it('refuses what JSON cannot hold instead of dropping it', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(/undefined is not JSON/);
    expect(() => canonicalJson(10n)).toThrow(/bigint/);
  });

  it('toJsonValue gives what jsonb stores: dates as strings, undefined members gone', () => {
    expect(toJsonValue({ at: new Date('2024-01-02T03:04:05.678Z'), gone: undefined, kept: [1] })).toEqual({ at: '2024-01-02T03:04:05.678Z', kept: [1] });
  });
});
