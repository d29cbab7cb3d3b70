/**
 * Duties (职责分工) from the annex after the plan body: one line per unit, "UNIT负责…", in prose (区民政局负责…),
 * by kind of department (民政部门负责…, 山西), or numbered ((五)民政局负责…, with gaps where the scrape lost lines).
 * A line names one or more units (市环保局红旗分局、市国土二分局、市规划一分局负责…): each gets the duty.
 */
import { isRecognized, normalizeName } from './names.js';
import { readMarker } from './numbering.js';
import type { ParsedDuty } from './types.js';
import type { Line } from './text.js';
import type { UnitRegistry } from './units.js';

const DUTY = /^([^。；;：:，,（）()]{2,80}?)(依据职权|依法|要|应)?(负责|参与|牵头)/u;

export interface DutyGap {
  message: string;
  span: { start: number; end: number };
}

export function readDuties(
  lines: Line[],
  from: number,
  registry: UnitRegistry,
): { duties: ParsedDuty[]; gaps: DutyGap[] } {
  const duties: ParsedDuty[] = [];
  const gaps: DutyGap[] = [];
  const numbered: { number: number; label: string; type: string }[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.text.length === 0) continue;
    const marker = readMarker(line.text);
    const rest = marker ? line.text.slice(marker.length) : line.text;
    const match = DUTY.exec(rest);
    if (!match?.[1]) continue;
    const names = match[1].split('、').map((name) => normalizeName(name));
    if (names.length === 0 || !names.every((name) => name.length >= 2 && isRecognized(name))) continue;
    const start = line.start + (marker?.length ?? 0);
    if (marker) {
      const previousNumber = numbered[numbered.length - 1];
      if (previousNumber?.type === marker.type && marker.number > previousNumber.number + 1) {
        gaps.push({
          message: `职责分工编号不连续：“${previousNumber.label}”之后是“${marker.label}”。`,
          span: { start: line.start, end: line.end },
        });
      }
      numbered.push({ number: marker.number, label: marker.label, type: marker.type });
    }
    for (const name of names) {
      const unit = registry.resolve(name);
      if (unit) duties.push({ unit: unit.name, text: rest, span: { start, end: line.end } });
    }
  }
  return { duties, gaps };
}
