/**
 * Maps a document path to the line and column of the YAML node it names, so that every error
 * points at the text an analyst has to change.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { DocumentPath } from './path';

/** A 1-based position in the source text. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Finds the position of `path` in `document`. Where the path runs past what exists (a missing
 * field), the position of the deepest existing node is returned: the map the field belongs in.
 * Where the path ends on a map key whose value is empty, or `atKey` is set, the key's position is returned.
 */
export function locatePath(document: Document, lineCounter: LineCounter, path: DocumentPath, atKey = false): SourcePosition {
  let node: unknown = document.contents;
  let position = positionOf(node, lineCounter) ?? { line: 1, column: 1 };
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      position = positionOf(pair.key, lineCounter) ?? position;
      if (atKey && index === path.length - 1) break;
      node = pair.value;
      if (node === null || node === undefined) break;
      // An empty value (`headcount:`) has no text of its own: keep pointing at its key.
      if (isScalar(node) && node.value === null && (node.source === '' || node.source === undefined)) break;
      if (isScalar(node) || isMap(node) || isSeq(node)) position = positionOf(node, lineCounter) ?? position;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined || item === null) break;
      node = item;
      position = positionOf(node, lineCounter) ?? position;
    } else {
      break;
    }
  }
  return position;
}

function positionOf(node: unknown, lineCounter: LineCounter): SourcePosition | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}
