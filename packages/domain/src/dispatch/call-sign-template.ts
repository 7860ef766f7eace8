/**
 * Call-sign templates (a team's `callSignTemplate` in the policing model), e.g. Staffordshire's
 * "KN{shift}{n}" → KN23 for the 3rd unit of relief 2. Literal text is copied; placeholders are
 * replaced, and the result is upper-cased (call signs are spoken letters and digits):
 *
 *   {n}      the unit's number, 1, 2, 3 … — required, exactly once, so call signs can be unique
 *   {shift}  the relief (rotating shift team) number, 1 … rotatingTeams of the team's shift pattern
 *            (Staffordshire's "5 LPO shifts" are five reliefs), so the team needs a shift pattern
 *   {area}   the unit's area id, without hyphens ("stoke-on-trent-north" → STOKEONTRENTNORTH)
 *   {team}   the team's id, without hyphens
 *
 * A width may follow a colon: on a number it pads with zeros to at least that many digits
 * ({n:2} → 07), on text it keeps that many leading characters ({area:2} → ST). Widths are 1–6.
 * Literal text is letters, digits, "-" and "/". Teams without a template use
 * {@link DEFAULT_CALL_SIGN_TEMPLATE}.
 */
import { DomainError } from '../shared/domain-error';

/** The placeholders a template may use. */
export const CALL_SIGN_PLACEHOLDERS = ['n', 'shift', 'area', 'team'] as const;

/** One of {@link CALL_SIGN_PLACEHOLDERS}. */
export type CallSignPlaceholder = (typeof CALL_SIGN_PLACEHOLDERS)[number];

/** Used for teams whose model entry has no `callSignTemplate`: "south-response" → SOUTHRESPONSE-1. */
export const DEFAULT_CALL_SIGN_TEMPLATE = '{team}-{n}';

/** A piece of a parsed template. */
export type CallSignPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: CallSignPlaceholder; readonly width?: number };

/** A parsed, valid template. */
export interface CallSignTemplate {
  readonly source: string;
  readonly parts: readonly CallSignPart[];
  /** The placeholders it uses. */
  readonly uses: ReadonlySet<CallSignPlaceholder>;
}

/** The values a template is rendered with. */
export interface CallSignValues {
  readonly n: number;
  readonly shift?: number;
  readonly area?: string;
  readonly team?: string;
}

const LITERAL = /^[A-Za-z0-9/-]+$/;
const PLACEHOLDER = /^([a-z]+)(?::(\d+))?$/;
const MAX_WIDTH = 6;

/**
 * Parses `source`; throws a VALIDATION DomainError on field `field` (default "callSignTemplate")
 * saying what is wrong: unbalanced braces, an unknown or repeated placeholder, a bad width, a
 * character that cannot be in a call sign, or no {n}.
 */
export function parseCallSignTemplate(source: string, field = 'callSignTemplate'): CallSignTemplate {
  const fail = (reason: string): never => {
    throw new DomainError('VALIDATION', `${field}: "${source}" ${reason}`, field);
  };
  if (typeof source !== 'string' || source.length === 0) fail('is empty: expected e.g. "KN{shift}{n}"');
  const parts: CallSignPart[] = [];
  const uses = new Set<CallSignPlaceholder>();
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('{', index);
    const close = source.indexOf('}', index);
    if (close >= 0 && (open < 0 || close < open)) fail(`has a "}" without "{" at position ${close + 1}`);
    const literalEnd = open < 0 ? source.length : open;
    if (literalEnd > index) {
      const text = source.slice(index, literalEnd);
      if (!LITERAL.test(text)) fail(`has "${text}": literal text may only be letters, digits, "-" and "/"`);
      parts.push({ kind: 'literal', text });
    }
    if (open < 0) break;
    const end = source.indexOf('}', open);
    if (end < 0) fail(`has a "{" without "}" at position ${open + 1}`);
    const inner = source.slice(open + 1, end);
    if (inner.includes('{')) fail(`has a "{" inside a placeholder at position ${open + 1}`);
    const match = PLACEHOLDER.exec(inner);
    const name = match?.[1];
    if (!match || !isPlaceholder(name)) {
      fail(`has an unknown placeholder {${inner}} (allowed: ${CALL_SIGN_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}, each optionally with a width, e.g. {n:2})`);
    }
    const placeholder = name as CallSignPlaceholder;
    if (uses.has(placeholder)) fail(`uses {${placeholder}} more than once`);
    uses.add(placeholder);
    const width = match?.[2] === undefined ? undefined : Number(match[2]);
    if (width !== undefined && (width < 1 || width > MAX_WIDTH)) fail(`has width ${width} in {${inner}}: expected 1 to ${MAX_WIDTH}`);
    parts.push(width === undefined ? { kind: 'placeholder', name: placeholder } : { kind: 'placeholder', name: placeholder, width });
    index = end + 1;
  }
  if (!uses.has('n')) fail('has no {n}: every call sign needs the unit number to be unique');
  return { source, parts, uses };
}

/**
 * Renders a call sign. Throws a VALIDATION DomainError naming the value when the template needs a
 * value that is missing (`shift`, `area`, `team`) or `n`/`shift` is not a whole number >= 1.
 */
export function renderCallSign(template: CallSignTemplate | string, values: CallSignValues): string {
  const parsed = typeof template === 'string' ? parseCallSignTemplate(template) : template;
  let out = '';
  for (const part of parsed.parts) {
    if (part.kind === 'literal') {
      out += part.text;
      continue;
    }
    const value = values[part.name];
    if (value === undefined) {
      throw new DomainError('VALIDATION', `${part.name}: call-sign template "${parsed.source}" needs {${part.name}}`, part.name);
    }
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value) || value < 1) throw new DomainError('VALIDATION', `${part.name}: expected a whole number >= 1, got ${value}`, part.name);
      out += String(value).padStart(part.width ?? 1, '0');
    } else {
      const text = value.replace(/-/g, '');
      out += part.width === undefined ? text : text.slice(0, part.width);
    }
  }
  return out.toUpperCase();
}

function isPlaceholder(name: string | undefined): name is CallSignPlaceholder {
  return name !== undefined && (CALL_SIGN_PLACEHOLDERS as readonly string[]).includes(name);
}
