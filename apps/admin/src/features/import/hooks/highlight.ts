export type SegmentKind = 'text' | 'matched' | 'new' | 'clause';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

/** 责任单位 / 牵头单位 / 责任部门 clauses, in either bracket style: where the parser reads the units from. */
const clausePattern = /[(（〔[]\s*(?:责任单位|责任部门|牵头单位|配合单位)[:：][^)）〕\]]*[)）〕\]]/g;

/**
 * Splits the source text into segments so the review can mark each responsibility clause and, inside it,
 * each unit name the parser matched to a department or will create. Longest names first, so 市卫生健康委
 * wins over 卫生健康委. (The API's report has no character spans yet; see SCHEMA-REQUESTS.md.)
 */
export function highlightSource(text: string, matched: readonly string[], created: readonly string[]): Segment[] {
  const names = [
    ...matched.map((name) => ({ name, kind: 'matched' as const })),
    ...created.map((name) => ({ name, kind: 'new' as const })),
  ]
    .filter((n) => n.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(clausePattern)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push(...splitNames(match[0], names));
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

function splitNames(clause: string, names: readonly { name: string; kind: 'matched' | 'new' }[]): Segment[] {
  const out: Segment[] = [];
  let buffer = '';
  let i = 0;
  while (i < clause.length) {
    const hit = names.find((n) => clause.startsWith(n.name, i));
    if (hit) {
      if (buffer) out.push({ kind: 'clause', text: buffer });
      buffer = '';
      out.push({ kind: hit.kind, text: hit.name });
      i += hit.name.length;
    } else {
      buffer += clause.charAt(i);
      i += 1;
    }
  }
  if (buffer) out.push({ kind: 'clause', text: buffer });
  return out;
}
