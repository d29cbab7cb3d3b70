import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssignmentRole } from '@lianxi/domain';
import { parsePolicy, type ParsedPolicy } from '@lianxi/policy-parser';

/** The repository's seed plans (data/seeds): the templates every generated plan is made of. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../data/seeds/', import.meta.url));

export interface Seed {
  file: string;
  text: string;
}

export function readSeeds(dir = SEEDS_DIR): Seed[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** A kind of unit found in the seeds: its name without the place prefix, its sector and kind. */
export interface UnitTemplate {
  /** 卫生健康委, 民政局, 总工会 … (the seeds' 市卫生健康委 without 市). */
  stem: string;
  sector: string;
  kind: 'DEPARTMENT' | 'PARTY_ORGAN' | 'MASS_ORGANIZATION' | 'PUBLIC_INSTITUTION' | 'ENTERPRISE' | 'GOVERNMENT';
}

/** A leaf task of a seed with the shape of its responsibility clause. */
export interface TaskTemplate {
  heading: string | null;
  text: string;
  /** The sectors its clause names, in order, with their roles; LOCAL for the collective governments. */
  clause: { sector: string | null; role: AssignmentRole }[];
}

export interface Templates {
  units: UnitTemplate[];
  tasks: TaskTemplate[];
  /** Clause shapes (the roles in order) seen in the seeds, to give clause-less tasks a realistic one. */
  clauses: TaskTemplate['clause'][];
  /** Section headings (二、主要任务 …'s children): the headings of the generated sections. */
  sections: string[];
}

const PLACE_PREFIX = /^(省|市|区|县)/;

export function buildTemplates(parsed: readonly ParsedPolicy[]): Templates {
  const units = new Map<string, UnitTemplate>();
  for (const policy of parsed) {
    for (const unit of policy.units) {
      if (unit.collective || !unit.sector || unit.name.endsWith('部门')) continue;
      const stem = unit.name.replace(PLACE_PREFIX, '');
      if (stem.length < 2 || units.has(unit.sector)) continue;
      units.set(unit.sector, { stem, sector: unit.sector, kind: unit.kind });
    }
  }
  const tasks: TaskTemplate[] = [];
  const clauses: TaskTemplate['clause'][] = [];
  const sections: string[] = [];
  for (const policy of parsed) {
    const sectorOf = new Map(policy.units.map((unit) => [unit.name, unit.sector]));
    const collective = new Set(policy.units.filter((unit) => unit.collective).map((unit) => unit.name));
    const parents = new Set(policy.tasks.map((task) => task.path.slice(0, -1).join('/')));
    for (const task of policy.tasks) {
      if (task.path.length === 2 && task.heading) sections.push(task.heading);
      if (parents.has(task.path.join('/')) || task.path.length < 2 || task.text.length < 10) continue;
      const clause = task.assignments.map((assignment) => ({
        sector: collective.has(assignment.unit) ? null : (sectorOf.get(assignment.unit) ?? null),
        role: assignment.role,
      }));
      if (clause.length > 0) clauses.push(clause);
      tasks.push({ heading: task.heading, text: task.text, clause });
    }
  }
  return { units: [...units.values()], tasks, clauses, sections: [...new Set(sections)] };
}

let cached: { parsed: ParsedPolicy[]; templates: Templates } | undefined;

/** Parses the five seeds once per process. */
export function seedTemplates(): { parsed: ParsedPolicy[]; templates: Templates } {
  if (!cached) {
    const parsed = readSeeds().map((seed) => parsePolicy(seed.text));
    cached = { parsed, templates: buildTemplates(parsed) };
  }
  return cached;
}
