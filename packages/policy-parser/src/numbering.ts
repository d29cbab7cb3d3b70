/**
 * Numbered items: the markers a line can start with, and the tree they make.
 *
 * The conventional hierarchy is 一、 > (一) > 1. / 1、 > (1) > ① > 一是, but real plans bend it: 红旗区 numbers its
 * top headings 1、 2、 and then 三、; 云南 numbers 29 tasks continuously across sections; a scraped page lost its
 * 一、二、 headings so 1. 2. 3. restart three times. The tree is therefore built from what the document does:
 *   - a marker of a type already open is a sibling of that level (numbering checked: gap, restart);
 *   - 三、 after 2、 (the same 、 family, the next number) is a sibling too, written in another style;
 *   - a new type opens a child level when it is conventionally lower, or when the open item is only a heading;
 *     a conventionally higher type after a full paragraph closes levels until it fits (the lost-heading case).
 */
import type { ParseWarningCode } from './types.js';
import { formatChineseNumeral, parseChineseNumeral } from '@lianxi/domain';

export type MarkerType =
  | 'ARTICLE'
  | 'CN_DUN'
  | 'PAREN_CN'
  | 'ARABIC_DUN'
  | 'ARABIC_DOT'
  | 'PAREN_ARABIC'
  | 'CIRCLED'
  | 'ENUMERATION';

const RANK: Record<MarkerType, number> = {
  ARTICLE: 0,
  CN_DUN: 1,
  PAREN_CN: 2,
  ARABIC_DUN: 3,
  ARABIC_DOT: 3,
  PAREN_ARABIC: 4,
  CIRCLED: 5,
  ENUMERATION: 6,
};

export interface Marker {
  type: MarkerType;
  /** The path element: 三, (一), 1, (1), ①, 一是, 第一条. */
  label: string;
  number: number;
  /** Characters of the line the marker takes, spaces after it included. */
  length: number;
}

const CN = '一二三四五六七八九十廿卅';
const PATTERNS: {
  type: MarkerType;
  pattern: RegExp;
  label: (numeral: string) => string;
  chinese: boolean;
}[] = [
  {
    type: 'ARTICLE',
    pattern: new RegExp(`^第([${CN}]{1,4})条\\s*`, 'u'),
    label: (n) => `第${n}条`,
    chinese: true,
  },
  {
    type: 'ENUMERATION',
    pattern: /^([一二三四五六七八九十]{1,3})是(?=[\p{Script=Han}“《])/u,
    label: (n) => `${n}是`,
    chinese: true,
  },
  {
    type: 'CN_DUN',
    pattern: new RegExp(`^([${CN}]{1,4})\\s*[、．]\\s*`, 'u'),
    label: (n) => n,
    chinese: true,
  },
  {
    type: 'PAREN_CN',
    pattern: new RegExp(`^[(（]\\s*([${CN}]{1,4})\\s*[)）]\\s*`, 'u'),
    label: (n) => `(${n})`,
    chinese: true,
  },
  { type: 'PAREN_ARABIC', pattern: /^[(（]\s*(\d{1,3})\s*[)）]\s*/u, label: (n) => `(${n})`, chinese: false },
  { type: 'ARABIC_DUN', pattern: /^(\d{1,3})\s*、\s*/u, label: (n) => n, chinese: false },
  {
    type: 'ARABIC_DOT',
    pattern: /^(\d{1,3})\s*[.．](?![\d.．%])\s*(?=[\p{Script=Han}“《（(])/u,
    label: (n) => n,
    chinese: false,
  },
  { type: 'CIRCLED', pattern: /^([①-⑳])\s*/u, label: (n) => n, chinese: false },
];

/** The marker a (trimmed) line starts with, or null. A marker must be followed by some text. */
export function readMarker(line: string): Marker | null {
  for (const { type, pattern, label, chinese } of PATTERNS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const numeral = match[1] ?? '';
    let number: number;
    if (type === 'CIRCLED') number = numeral.charCodeAt(0) - 0x2460 + 1;
    else number = chinese ? (parseChineseNumeral(numeral) ?? Number.NaN) : Number(numeral);
    if (!Number.isFinite(number) || number <= 0) continue;
    if (line.length <= match[0].length) continue;
    return { type, label: label(numeral), number, length: match[0].length };
  }
  return null;
}

export interface TreeInput {
  marker: Marker;
  /** The item's own line is only a heading (children or a paragraph follow). */
  headingOnly: boolean;
}

export interface TreeNode {
  path: string[];
  parent: number | null;
}

export interface NumberingIssue {
  code: Extract<ParseWarningCode, 'NUMBERING_GAP' | 'NUMBERING_RESTART' | 'NUMBERING_STYLE'>;
  /** Index of the item where the issue shows. */
  item: number;
  message: string;
}

export interface TreeOptions {
  /**
   * The body holds paragraphs of its own before the first numbered item (more than a preamble): when the top
   * headings were lost, those paragraphs were the first section, so restored numbering starts at 二.
   */
  contentBeforeFirstItem?: boolean;
}

interface Level {
  type: MarkerType;
  number: number;
  label: string;
  item: number;
  headingOnly: boolean;
}

interface Placed {
  marker: Marker;
  label: string;
  parent: number | null;
}

function sameFamily(a: MarkerType, b: MarkerType): boolean {
  const dun: MarkerType[] = ['CN_DUN', 'ARABIC_DUN'];
  return dun.includes(a) && dun.includes(b);
}

/** Places every item in the tree and reports gaps, restarts and mixed styles. */
export function buildTree(
  items: TreeInput[],
  options: TreeOptions = {},
): { nodes: TreeNode[]; issues: NumberingIssue[] } {
  const placed: Placed[] = [];
  const issues: NumberingIssue[] = [];
  const stack: Level[] = [];
  const lastByType = new Map<MarkerType, number>();

  items.forEach(({ marker, headingOnly }, index) => {
    let siblingAt = findLastIndex(stack, (level) => level.type === marker.type);
    if (siblingAt < 0) {
      siblingAt = findLastIndex(
        stack,
        (level) => sameFamily(level.type, marker.type) && marker.number === level.number + 1,
      );
      const previous = stack[siblingAt];
      if (previous) {
        issues.push({
          code: 'NUMBERING_STYLE',
          item: index,
          message: `编号形式不一致：“${marker.label}”与“${previous.label}”同级，写法不同。`,
        });
      }
    }

    if (siblingAt >= 0) {
      const previous = stack[siblingAt];
      if (previous?.type === marker.type) {
        if (marker.number > previous.number + 1) {
          issues.push({
            code: 'NUMBERING_GAP',
            item: index,
            message: `编号不连续：“${previous.label}”之后是“${marker.label}”。`,
          });
        } else if (marker.number <= previous.number) {
          issues.push({
            code: 'NUMBERING_RESTART',
            item: index,
            message: `编号重新开始：“${previous.label}”之后又是“${marker.label}”，可能缺少上级标题。`,
          });
        }
      }
      stack.length = siblingAt;
    } else {
      const top = stack[stack.length - 1];
      const opensChild = !top || RANK[marker.type] > RANK[top.type] || top.headingOnly;
      if (!opensChild) {
        while (stack.length > 0) {
          const open = stack[stack.length - 1];
          if (!open || open.headingOnly || RANK[open.type] < RANK[marker.type]) break;
          stack.pop();
        }
      }
      const last = lastByType.get(marker.type);
      const continues = last !== undefined && marker.number === last + 1;
      if (marker.number !== 1 && !continues) {
        issues.push({
          code: 'NUMBERING_GAP',
          item: index,
          message: `编号不从头开始：本级第一项是“${marker.label}”。`,
        });
      }
    }

    const parent = stack[stack.length - 1];
    placed.push({ marker, label: marker.label, parent: parent ? parent.item : null });
    stack.push({ type: marker.type, number: marker.number, label: marker.label, item: index, headingOnly });
    lastByType.set(marker.type, marker.number);
  });

  unifySiblingStyles(placed);
  const prefixes = restoreLostHeadings(placed, options.contentBeforeFirstItem ?? false);
  const nodes: TreeNode[] = [];
  placed.forEach((item, index) => {
    const parentPath = item.parent === null ? (prefixes.get(index) ?? []) : (nodes[item.parent]?.path ?? []);
    nodes.push({ path: [...parentPath, item.label], parent: item.parent });
  });
  return { nodes, issues };
}

/**
 * Siblings written 1、 2、 and then 三、 are one level in two styles; a reader takes 1、 and 2、 for 一 and 二
 * (红旗区), so their path segments are written the conventional way.
 */
function unifySiblingStyles(placed: Placed[]): void {
  const groups = new Map<number | null, Placed[]>();
  for (const item of placed) {
    const group = groups.get(item.parent) ?? [];
    group.push(item);
    groups.set(item.parent, group);
  }
  for (const group of groups.values()) {
    const types = new Set(group.map((item) => item.marker.type));
    if (!types.has('CN_DUN') || !types.has('ARABIC_DUN')) continue;
    for (const item of group) {
      if (item.marker.type === 'ARABIC_DUN')
        item.label = formatChineseNumeral(item.marker.number) ?? item.label;
    }
  }
}

/** The conventional levels a restored heading can take, from the top. */
const RESTORED: { type: MarkerType; label: (value: number) => string }[] = [
  { type: 'CN_DUN', label: (value) => formatChineseNumeral(value) ?? String(value) },
  { type: 'PAREN_CN', label: (value) => `(${formatChineseNumeral(value) ?? String(value)})` },
  { type: 'ARABIC_DOT', label: (value) => String(value) },
];

/**
 * A page that lost its heading lines (一、 二、 and the (一) inside them) still shows their children: runs of
 * 1. 2. 3. that restart, then (一)–(四) of a later section. When the top-level items restart like that and none
 * of them is a top heading, each restart opens a new heading one level up, and a run of a higher type that does
 * not continue the restored numbering opens the next top heading:
 *   1 2 3 | 1 2 3 | (一)…(四) | (一)…(三)  →  二/(一)/1…3, 二/(二)/1…3, 三/(一)…(四), 四/(一)…(三)
 * (starting at 二 when paragraphs before the first item were the lost 一). Restored headings are path segments
 * only, not tasks: they have no text. Returns the path prefix of each top-level item.
 */
function restoreLostHeadings(placed: Placed[], contentBeforeFirstItem: boolean): Map<number, string[]> {
  const prefixes = new Map<number, string[]>();
  const roots = placed.map((item, index) => ({ item, index })).filter(({ item }) => item.parent === null);
  if (roots.some(({ item }) => RANK[item.marker.type] <= RANK.CN_DUN)) return prefixes;
  const runs: { type: MarkerType; first: number; last: number; members: number[] }[] = [];
  for (const { item, index } of roots) {
    const run = runs[runs.length - 1];
    if (run?.type === item.marker.type && item.marker.number === run.last + 1) {
      run.last = item.marker.number;
      run.members.push(index);
    } else {
      runs.push({
        type: item.marker.type,
        first: item.marker.number,
        last: item.marker.number,
        members: [index],
      });
    }
  }
  const restarts = runs.some(
    (run, index) => index > 0 && runs.slice(0, index).some((earlier) => earlier.type === run.type),
  );
  if (!restarts) return prefixes;

  /** The last number used at each restored depth under the current chain. */
  const lastAtDepth: number[] = [];
  for (const run of runs) {
    const depth = RESTORED.filter((level) => RANK[level.type] < RANK[run.type]).length;
    if (depth === 0) return new Map();
    if (lastAtDepth.length === 0) {
      for (let level = 0; level < depth; level++)
        lastAtDepth[level] = level === 0 && contentBeforeFirstItem ? 2 : 1;
    } else {
      const here = lastAtDepth[depth];
      if (here === undefined || run.first !== here + 1) {
        // Open the next heading one level up (and fresh ones below it, down to the run's parent).
        const up = depth - 1;
        lastAtDepth[up] = (lastAtDepth[up] ?? 0) + 1;
        for (let level = up + 1; level < depth; level++) lastAtDepth[level] = 1;
      }
    }
    lastAtDepth.length = depth;
    lastAtDepth[depth] = run.last;
    const prefix = lastAtDepth
      .slice(0, depth)
      .map((value, level) => RESTORED[level]?.label(value) ?? String(value));
    for (const member of run.members) prefixes.set(member, prefix);
  }
  return prefixes;
}

function findLastIndex<T>(list: T[], predicate: (value: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) {
    const value = list[index];
    if (value !== undefined && predicate(value)) return index;
  }
  return -1;
}
