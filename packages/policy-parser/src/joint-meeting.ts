/**
 * The joint meeting (联席会议) a plan sets up: its name, member units, convenor, deputy convenors and office.
 *
 * The name comes from "(决定)建立…联席会议制度"; a bare "建立联席会议制度" names no meeting, and "领导小组或联席
 * 会议" leaves the choice open, so neither makes one. Members come from a list introduced by 成员 / 成员单位, or
 * from "联席会议由…组成"; the office from "办公室设在…". A meeting with neither members, convenor nor office is
 * only an intention ("建立…联席会议制度" in a task) and gives no ParsedJointMeeting.
 */
import type { MemberPosition } from '@lianxi/domain';
import type { ParsedJointMeeting } from './types.js';
import type { Line } from './text.js';
import type { UnitRegistry } from './units.js';

const NAME = /(决定)?建立(健全|完善)?([^，,。；;、：:（）()]{0,40}?联席会议)制度/gu;
const MEMBERS = /^(成员单位|成员)(为|包括|有)?[:：]\s*(.+)$/u;
const COMPOSED = /联席会议(成员单位)?由(.{4,400}?)(等(部门|单位))?组成/u;
const CONVENOR = /(?<!副)召集人(由|为|[:：])\s*([^，,。；;]+?)(同志)?(担任)?(?=[，,。；;]|$)/u;
const DEPUTY = /副召集人(由|为|[:：])\s*([^。；;]+?)(同志)?(担任)?(?=[。；;]|$)/u;
const OFFICE = /办公室设在([^，,。；;]+?)(?=[，,。；;]|$)/u;
const LIST_END = /(等(部门|单位))?(的)?(主要|分管)?(负责同志|负责人)?(组成|担任)?[。.]?$/u;

interface NameHit {
  name: string;
  decided: boolean;
  start: number;
  end: number;
}

export function readJointMeeting(lines: Line[], registry: UnitRegistry): ParsedJointMeeting | null {
  const names: NameHit[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(NAME)) {
      const name = (match[3] ?? '').trim();
      if (name.length <= '联席会议'.length || /(或|领导小组)/u.test(name)) continue;
      names.push({
        name,
        decided: match[1] !== undefined,
        start: line.start + match.index,
        end: line.start + match.index + match[0].length,
      });
    }
  }
  const chosen = names.find((hit) => hit.decided) ?? names[0];
  if (!chosen) return null;

  const members: string[] = [];
  const positions: { unit: string; position: MemberPosition }[] = [];
  let end = chosen.end;
  const add = (raw: string, position: MemberPosition): string | null => {
    const unit = registry.resolve(raw);
    if (!unit) return null;
    if (!members.includes(unit.name)) members.push(unit.name);
    if (!positions.some((entry) => entry.unit === unit.name && entry.position === position)) {
      positions.push({ unit: unit.name, position });
    }
    return unit.name;
  };

  let convenor: string | null = null;
  const deputyConvenors: string[] = [];
  let office: string | null = null;
  for (const line of lines) {
    if (line.start < chosen.start) continue;
    const list = MEMBERS.exec(line.text)?.[3] ?? COMPOSED.exec(line.text)?.[2];
    if (list && members.length === 0) {
      for (const raw of list.replace(LIST_END, '').split(/[、,，;；]/u)) add(raw, 'MEMBER');
      end = Math.max(end, line.end);
    }
    const convenorMatch = CONVENOR.exec(line.text);
    if (convenorMatch?.[2] && !convenor) {
      convenor = convenorMatch[2].trim();
      end = Math.max(end, line.end);
    }
    const deputyMatch = DEPUTY.exec(line.text);
    if (deputyMatch?.[2] && deputyConvenors.length === 0) {
      deputyConvenors.push(
        ...deputyMatch[2]
          .split(/[、,，]/u)
          .map((name) => name.trim())
          .filter(Boolean),
      );
      end = Math.max(end, line.end);
    }
    const officeMatch = OFFICE.exec(line.text);
    if (officeMatch?.[1] && !office) {
      office = add(officeMatch[1], 'OFFICE');
      end = Math.max(end, line.end);
    }
  }
  // Naming a meeting to be set up, with nobody in it, sets up no meeting the office can run (红旗区, 山西).
  if (members.length === 0 && convenor === null && office === null) return null;
  return {
    name: chosen.name,
    members,
    convenor,
    deputyConvenors,
    office,
    positions,
    span: { start: chosen.start, end },
  };
}
