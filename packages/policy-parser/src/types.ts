import type {
  AssignmentRole,
  Comparator,
  DocumentStatus,
  InstitutionKind,
  JurisdictionLevel,
  MemberPosition,
  Recurrence,
  SectorCode,
  Span,
} from '@lianxi/domain';

/**
 * What the policy reader finds in one plan. Plain data (JSON-serialisable): the importer writes it to the
 * database, the API returns it as the parse report, the CLI prints it.
 */
export interface ParsedPolicy {
  document: ParsedDocument;
  /** The jurisdiction the plan is written for, as far as the text tells (本溪市, 新乡市红旗区, 山西省). */
  jurisdiction: ParsedJurisdiction | null;
  /** Every numbered item, in document order; parents before children. */
  tasks: ParsedTask[];
  targets: ParsedTarget[];
  jointMeeting: ParsedJointMeeting | null;
  duties: ParsedDuty[];
  /** Every distinct unit the plan names, resolved to one canonical name each. */
  units: ParsedUnit[];
  cleaning: CleaningReport;
  warnings: ParseWarning[];
  /** The cleaned text that every `span` points into. */
  text: string;
}

export interface ParsedDocument {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  /** ISO date `YYYY-MM-DD`. */
  issuedOn: string | null;
  status: DocumentStatus;
  validityNote: string | null;
  /** 文号 of the documents it cites, in order of first mention, without duplicates. */
  cites: string[];
}

export interface ParsedJurisdiction {
  name: string;
  level: JurisdictionLevel;
  /** The parent's name when the text gives it (新乡市 for 红旗区). */
  parentName: string | null;
}

export interface ParsedTask {
  /** e.g. ["三", "(一)", "1"]; the numbering as written, brackets normalised to half-width. */
  path: string[];
  heading: string | null;
  text: string;
  span: Span;
  deadline: string | null;
  recurrence: Recurrence | null;
  assignments: ParsedAssignment[];
}

export interface ParsedAssignment {
  /** The resolved full name in the document's jurisdiction (市人力资源社会保障局, 各县区政府). */
  unit: string;
  role: AssignmentRole;
  /** The name exactly as written in the clause (人社局). */
  asWritten: string;
  span: Span;
}

export interface ParsedTarget {
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string | null;
  year: number | null;
  scope: string | null;
  baseline: { value: number; year: number | null } | null;
  span: Span;
}

export interface ParsedJointMeeting {
  name: string;
  /** Canonical unit names, convenor and office included. */
  members: string[];
  convenor: string | null;
  deputyConvenors: string[];
  /** The unit the office sits in (usually the health department). */
  office: string | null;
  positions: { unit: string; position: MemberPosition }[];
  span: Span;
}

export interface ParsedDuty {
  unit: string;
  text: string;
  span: Span;
}

export interface ParsedUnit {
  /** Canonical full name in the document's jurisdiction. */
  name: string;
  /** Every other form the plan writes it in. */
  aliases: string[];
  /** The primary sector: the first the name gives (区教体文旅局 → EDUCATION). */
  sector: SectorCode | null;
  /** Every sector the name gives, primary first (区教体文旅局 → EDUCATION, SPORTS, CULTURE_TOURISM). */
  sectors: SectorCode[];
  kind: InstitutionKind;
  /** True for collective local governments (各县区政府): they become LOCAL assignments, not departments. */
  collective: boolean;
  /** False when no rule of the name catalogue recognised it (reported as warning UNKNOWN_UNIT). */
  known: boolean;
}

export interface CleaningReport {
  /** Characters removed in all. */
  removedChars: number;
  /** What was removed, grouped: a rule code, the removed token and how often. */
  removed: { rule: CleaningRule; token: string; count: number }[];
}

export type CleaningRule =
  | 'SYMBOL_RUN'
  | 'REPEATED_TOKEN'
  | 'NAVIGATION'
  | 'FOOTER'
  | 'CONTROL_CHARACTER'
  | 'DUPLICATE_LINE'
  | 'WHITESPACE';

export type ParseWarningCode =
  | 'EMPTY_TEXT'
  | 'TRUNCATED_TEXT'
  | 'NUMBERING_GAP'
  | 'NUMBERING_RESTART'
  /** Siblings numbered in two styles (1、 2、 then 三、). */
  | 'NUMBERING_STYLE'
  | 'CLAUSE_WITHOUT_UNITS'
  | 'UNKNOWN_UNIT'
  | 'TWO_LEADS'
  | 'NO_TASKS'
  | 'NOISE_REMOVED';

export interface ParseWarning {
  code: ParseWarningCode;
  /** A sentence in Chinese for the office. */
  message: string;
  span: Span | null;
}

export interface ParseOptions {
  /** Overrides the jurisdiction read from the text (the CLI's --jurisdiction). */
  jurisdiction?: string;
  /** Treat the first listed unit as LEAD even without "列第一位为牵头单位" (default true). */
  firstListedLeads?: boolean;
}
