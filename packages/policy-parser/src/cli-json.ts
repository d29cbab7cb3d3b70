/**
 * The compact shape of a parse that the CLI prints with --json and the API returns as its summary. One function,
 * so both produce the same thing. Units are the resolved names in the document's jurisdiction (市人社局).
 */
import type { AssignmentRole, Comparator } from '@lianxi/domain';
import type { ParsedPolicy, ParseWarningCode } from './types.js';

export interface CliJson {
  document: { title: string; docNumber: string | null; issuer: string | null; issuedOn: string | null };
  tasks: {
    path: string[];
    heading: string | null;
    text: string;
    assignments: { unit: string; role: AssignmentRole }[];
  }[];
  targets: {
    indicator: string;
    comparator: Comparator;
    value: number;
    unit: string | null;
    year: number | null;
  }[];
  jointMeeting: { name: string; members: string[] } | null;
  duties: { unit: string; text: string }[];
  warnings: { code: ParseWarningCode; message: string }[];
}

export function toCliJson(parsed: ParsedPolicy): CliJson {
  const { title, docNumber, issuer, issuedOn } = parsed.document;
  return {
    document: { title, docNumber, issuer, issuedOn },
    tasks: parsed.tasks.map(({ path, heading, text, assignments }) => ({
      path,
      heading,
      text,
      assignments: assignments.map(({ unit, role }) => ({ unit, role })),
    })),
    targets: parsed.targets.map(({ indicator, comparator, value, unit, year }) => ({
      indicator,
      comparator,
      value,
      unit,
      year,
    })),
    jointMeeting: parsed.jointMeeting
      ? { name: parsed.jointMeeting.name, members: parsed.jointMeeting.members }
      : null,
    duties: parsed.duties.map(({ unit, text }) => ({ unit, text })),
    warnings: parsed.warnings.map(({ code, message }) => ({ code, message })),
  };
}
