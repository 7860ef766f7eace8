import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { ScaffoldArea } from './scaffold-areas';

/**
 * Writes areas as the YAML list a policing model's `areas` takes: block maps for areas, the
 * `districts` list in flow style (`[E07000111]`) and one flow map per ward
 * (`{ code: …, name: …, urbanRural: … }`). The `yaml` library does the quoting, so names such as
 * `St. Mary's: North` or `Westgate, Canterbury` come out valid; lines are never folded.
 * @param header comment lines (without `#`) to put before the list
 */
export function formatAreasYaml(areas: readonly ScaffoldArea[], header: readonly string[] = []): string {
  const doc = new Document(areas);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      if (pair.key.value === 'districts' && isSeq(pair.value)) pair.value.flow = true;
      if (pair.key.value === 'wards' && isSeq(pair.value)) {
        for (const ward of pair.value.items) if (isMap(ward)) ward.flow = true;
      }
    },
  });
  if (header.length > 0) doc.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  // yaml pads every flow collection ("[ a ]"); the house shape pads ward maps but not district lists.
  return text.replace(/^(\s*districts: )\[ (.*) \]$/gm, '$1[$2]');
}
