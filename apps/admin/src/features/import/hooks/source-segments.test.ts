import { describe, expect, it } from 'vitest';
import { sourceSegments, type SourceSegment } from './source-segments';

const text = '一、总体要求\n1.发展托育。(责任单位:区民政局、区卫健委)\n2.加强监管。(责任单位:区市场监管局)';
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length };
};
const task1 = { start: text.indexOf('1.'), end: text.indexOf('\n2.') };
const task2 = { start: text.indexOf('2.'), end: text.length };
const report = {
  tasks: [
    { span: { start: 0, end: 6 }, assignments: [] },
    { span: task1, assignments: [{ span: at('区民政局') }, { span: at('区卫健委') }] },
    { span: task2, assignments: [{ span: at('区市场监管局') }, { span: null }] },
  ],
  warnings: [{ span: at('区卫健委') }, { span: null }],
};
const joined = (segments: SourceSegment[]) =>
  segments.map((s) => (s.kind === 'text' || s.kind === 'unit' ? s.text : '')).join('');

describe('sourceSegments', () => {
  it('loses nothing: the texts put together are the source text', () => {
    expect(joined(sourceSegments(text, report))).toBe(text);
  });

  it('marks each unit as written, with its task and whether a warning points at it', () => {
    const units = sourceSegments(text, report).filter((s) => s.kind === 'unit');
    expect(units).toEqual([
      { kind: 'unit', text: '区民政局', task: 1, unit: 0, warned: false },
      { kind: 'unit', text: '区卫健委', task: 1, unit: 1, warned: true },
      { kind: 'unit', text: '区市场监管局', task: 2, unit: 0, warned: false },
    ]);
  });

  it('puts a mark where each task and each warning starts, in reading order', () => {
    const marks = sourceSegments(text, report).filter(
      (s) => s.kind === 'task-start' || s.kind === 'warning-start',
    );
    expect(marks).toEqual([
      { kind: 'task-start', task: 0 },
      { kind: 'task-start', task: 1 },
      { kind: 'warning-start', warning: 0 },
      { kind: 'task-start', task: 2 },
    ]);
  });

  it('tells which task each stretch of text belongs to', () => {
    const segments = sourceSegments(text, report);
    const textOf = (task: number | null) =>
      segments
        .filter((s) => s.kind === 'text' && s.task === task)
        .map((s) => (s.kind === 'text' ? s.text : ''))
        .join('');
    expect(textOf(0)).toBe('一、总体要求');
    expect(textOf(1)).toBe('1.发展托育。(责任单位:、)');
    expect(textOf(null)).toBe('\n\n');
  });

  it('survives spans out of range and overlapping units', () => {
    const odd = {
      tasks: [
        {
          span: { start: -5, end: 999 },
          assignments: [{ span: { start: 2, end: 8 } }, { span: { start: 4, end: 6 } }],
        },
      ],
      warnings: [{ span: { start: 50, end: 80 } }, { span: { start: 5, end: 7 } }],
    };
    const segments = sourceSegments(text, odd);
    expect(joined(segments)).toBe(text);
    expect(segments.filter((s) => s.kind === 'unit')).toHaveLength(1);
    // The warning that starts inside the unit is marked just before it.
    const unitIndex = segments.findIndex((s) => s.kind === 'unit');
    expect(segments[unitIndex - 1]).toEqual({ kind: 'warning-start', warning: 1 });
  });

  it('handles an empty text', () => {
    expect(sourceSegments('', { tasks: [], warnings: [] })).toEqual([]);
  });
});
