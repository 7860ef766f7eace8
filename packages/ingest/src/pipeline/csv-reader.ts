/**
 * A streaming CSV reader (RFC 4180: https://www.rfc-editor.org/rfc/rfc4180) that knows the exact
 * physical line each record starts on. Text arrives in chunks of any size; records and syntax
 * errors go to a sink as soon as they are complete, so memory stays constant whatever the file.
 *
 * Why not papaparse: its row indices are not line numbers once a row is malformed, and an
 * unbalanced quote makes it swallow the rest of the file into one field. Here every syntax error
 * costs exactly one physical line, which is reported, and reading resumes on the next line.
 *
 * Line breaks are `\n` and `\r\n` (a lone `\r` is data); a byte-order mark at the start of the
 * file is dropped. Lines without a `"` take a fast path (`split(',')`), which is what keeps the
 * reader near a million rows a second.
 */

/** Receives what the reader finds, in file order. */
export interface CsvSink {
  /** A complete record: its fields, and the physical line (1-based) it starts on. */
  record(fields: string[], line: number): void;
  /**
   * A line that is not valid CSV. `fieldIndex` is the 0-based field at fault, or null for the
   * whole line (e.g. an empty line). Reading resumes on the line after `line`.
   */
  error(reason: string, line: number, fieldIndex: number | null): void;
}

/** How records may span lines. */
export interface CsvReaderOptions {
  /**
   * Physical lines one record may span (a quoted field may contain line breaks). 1, the default,
   * means a line break always ends a record, so an unclosed quote costs only its own line.
   */
  maxLinesPerRecord?: number;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Returned by the slow path when the buffer ends before the record does. */
const NEED_MORE = -1;

/** Parses CSV text pushed in chunks; call `end()` after the last chunk. */
export class CsvReader {
  readonly #sink: CsvSink;
  readonly #maxLines: number;
  #buffer = '';
  /** Physical line number of the first character in #buffer. */
  #line = 1;
  #isStart = true;
  #isEnded = false;

  /**
   * @param sink receives records and syntax errors
   * @param options see {@link CsvReaderOptions}
   */
  constructor(sink: CsvSink, options: CsvReaderOptions = {}) {
    const maxLines = options.maxLinesPerRecord ?? 1;
    if (!Number.isInteger(maxLines) || maxLines < 1) throw new RangeError(`maxLinesPerRecord must be a positive integer, got ${maxLines}`);
    this.#sink = sink;
    this.#maxLines = maxLines;
  }

  /** Physical lines consumed so far (complete lines handed to the sink). */
  get linesRead(): number {
    return this.#line - 1;
  }

  /** Adds the next chunk of text and emits every record it completes. */
  push(text: string): void {
    if (this.#isEnded) throw new Error('CsvReader: push() after end()');
    if (this.#isStart && text.length > 0) {
      this.#isStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.#buffer = this.#buffer.length === 0 ? text : this.#buffer + text;
    this.#parse(false);
  }

  /** Ends the input: emits the last record (a final line needs no line break). */
  end(): void {
    if (this.#isEnded) return;
    this.#isEnded = true;
    this.#parse(true);
  }

  #parse(isFinal: boolean): void {
    const buffer = this.#buffer;
    const length = buffer.length;
    const sink = this.#sink;
    let position = 0;
    let line = this.#line;
    // The next quote at or after `position` (-1: none in the buffer), found once and reused, so a
    // chunk without quotes is scanned once rather than once per line.
    let nextQuote = -2;
    while (position < length) {
      let newline = buffer.indexOf('\n', position);
      if (newline === -1) {
        if (!isFinal) break;
        newline = length;
      }
      if (nextQuote !== -1 && nextQuote < position) nextQuote = buffer.indexOf('"', position);
      if (nextQuote === -1 || nextQuote > newline) {
        let end = newline;
        if (end > position && buffer.charCodeAt(end - 1) === CR) end--;
        if (end === position) sink.error('empty line', line, null);
        else sink.record(buffer.slice(position, end).split(','), line);
        position = newline + 1;
        line++;
        continue;
      }
      const next = this.#parseQuoted(buffer, position, line, isFinal);
      if (next === NEED_MORE) break;
      for (let index = position; index < next; index++) if (buffer.charCodeAt(index) === LF) line++;
      if (next === length && buffer.charCodeAt(length - 1) !== LF) line++;
      position = next;
    }
    this.#buffer = position >= length ? '' : buffer.slice(position);
    this.#line = line;
  }

  /**
   * The slow path, for a record with a quote in it: a state machine over the characters from
   * `start`. Emits the record (or an error) and returns where the next record starts, or
   * NEED_MORE when the buffer ends first and more text may come.
   */
  #parseQuoted(buffer: string, start: number, line: number, isFinal: boolean): number {
    const length = buffer.length;
    const fields: string[] = [];
    let index = start;
    let lineBreaks = 0;
    for (;;) {
      // At the start of a field.
      if (index < length && buffer.charCodeAt(index) === QUOTE) {
        let value = '';
        let segment = index + 1;
        index = segment;
        for (;;) {
          if (index >= length) {
            if (!isFinal) return NEED_MORE;
            return this.#reject(buffer, start, line, isFinal, 'bad quoting: quoted field not closed before the end of the file', fields.length);
          }
          const code = buffer.charCodeAt(index);
          if (code === QUOTE) {
            if (index + 1 >= length && !isFinal) return NEED_MORE;
            value += buffer.slice(segment, index);
            if (buffer.charCodeAt(index + 1) === QUOTE) {
              value += '"';
              index += 2;
              segment = index;
              continue;
            }
            index++;
            break;
          }
          if (code === LF && ++lineBreaks >= this.#maxLines) {
            const reason = this.#maxLines === 1 ? 'bad quoting: quoted field not closed on its line' : `bad quoting: quoted field not closed within ${this.#maxLines} lines`;
            return this.#reject(buffer, start, line, isFinal, reason, fields.length);
          }
          index++;
        }
        fields.push(value);
        // After the closing quote: a delimiter, a line break, or the end of the file.
        if (index >= length) {
          if (!isFinal) return NEED_MORE;
          this.#sink.record(fields, line);
          return length;
        }
        const code = buffer.charCodeAt(index);
        if (code === COMMA) {
          index++;
          continue;
        }
        if (code === LF) {
          this.#sink.record(fields, line);
          return index + 1;
        }
        if (code === CR) {
          if (index + 1 >= length && !isFinal) return NEED_MORE;
          if (index + 1 >= length || buffer.charCodeAt(index + 1) === LF) {
            this.#sink.record(fields, line);
            return Math.min(index + 2, length);
          }
        }
        return this.#reject(buffer, start, line, isFinal, 'bad quoting: unexpected character after a closing quote', fields.length - 1);
      }
      // An unquoted field runs to the next delimiter or line break, and may not contain a quote.
      let end = index;
      while (end < length) {
        const code = buffer.charCodeAt(end);
        if (code === COMMA || code === LF) break;
        if (code === QUOTE) return this.#reject(buffer, start, line, isFinal, 'bad quoting: a quote inside an unquoted field', fields.length);
        end++;
      }
      if (end >= length && !isFinal) return NEED_MORE;
      if (end >= length || buffer.charCodeAt(end) === LF) {
        const valueEnd = end > index && buffer.charCodeAt(end - 1) === CR ? end - 1 : end;
        fields.push(buffer.slice(index, valueEnd));
        this.#sink.record(fields, line);
        return Math.min(end + 1, length);
      }
      fields.push(buffer.slice(index, end));
      index = end + 1;
    }
  }

  /** Reports a syntax error on `line` and returns the start of the line after it (or NEED_MORE). */
  #reject(buffer: string, start: number, line: number, isFinal: boolean, reason: string, fieldIndex: number): number {
    const newline = buffer.indexOf('\n', start);
    if (newline === -1 && !isFinal) return NEED_MORE;
    this.#sink.error(reason, line, fieldIndex);
    return newline === -1 ? buffer.length : newline + 1;
  }
}
