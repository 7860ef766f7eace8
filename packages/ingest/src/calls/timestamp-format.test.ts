import { describe, expect, it } from 'vitest';
import { compileTimestampFormat } from './timestamp-format';

describe('compileTimestampFormat', () => {
  it('reads the San Diego pattern', () => {
    expect(compileTimestampFormat('YYYY-MM-DD HH:mm:ss').parse('2023-01-20 23:56:51')).toEqual({ year: 2023, month: 1, day: 20, hour: 23, minute: 56, second: 51 });
  });
  it('reads a UK day-first pattern without seconds, and one-digit fields', () => {
    expect(compileTimestampFormat('DD/MM/YYYY HH:mm').parse('05/11/2023 01:30')).toEqual({ year: 2023, month: 11, day: 5, hour: 1, minute: 30, second: 0 });
    expect(compileTimestampFormat('D/M/YYYY H:mm').parse('5/3/2024 9:05')).toEqual({ year: 2024, month: 3, day: 5, hour: 9, minute: 5, second: 0 });
  });
  it('reads milliseconds and literal characters such as T', () => {
    expect(compileTimestampFormat('YYYY-MM-DDTHH:mm:ss.SSS').parse('2024-03-31T01:30:00.250')).toMatchObject({ hour: 1, minute: 30, millisecond: 250 });
  });
  it('says what was expected and what came', () => {
    const format = compileTimestampFormat('YYYY-MM-DD HH:mm:ss');
    expect(format.parse('2023/01/01 00:00:05')).toEqual({ error: "expected YYYY-MM-DD HH:mm:ss, got '2023/01/01 00:00:05'" });
    expect(format.parse('')).toEqual({ error: "expected YYYY-MM-DD HH:mm:ss, got ''" });
    expect(format.parse('2023-13-01 00:00:00')).toEqual({ error: "month 13 is not 1–12 in '2023-13-01 00:00:00'" });
    expect(format.parse('2023-02-29 00:00:00')).toEqual({ error: "day 29 is not in 2023-02 in '2023-02-29 00:00:00'" });
    expect(format.parse('2024-02-29 24:00:00')).toEqual({ error: "hour 24 is not 0–23 in '2024-02-29 24:00:00'" });
    expect(format.parse('2024-02-29 23:60:00')).toMatchObject({ error: expect.stringMatching(/^minute 60/) });
  });
  it('refuses a pattern without a year, month, day, hour or minute, or with a field twice', () => {
    expect(() => compileTimestampFormat('HH:mm')).toThrow(/timestampFormat: 'HH:mm' has no year, month, day/);
    expect(() => compileTimestampFormat('YYYY-MM-DD HH:mm YYYY')).toThrow(/gives the year twice/);
  });
});
