/**
 * Units: every name the plan writes, resolved to one canonical name per department.
 *
 * Place prefixes. Plans write lists in one of two styles:
 *   - shared prefix: 〔市卫健局、人社局、妇联、总工会〕 — the prefix of the first name covers the rest, so 人社局 is
 *     市人社局 (the jurisdiction's own prefix is added);
 *   - explicit prefix: (市公安局红旗分局、区卫健委、区应急管理局、消防救援大队) — every name carries its own place,
 *     and a name without one (消防救援大队) is kept as written.
 * The style is the document's: shared when most names after the first of a list have no prefix. Enterprises and
 * public institutions (城投集团, 妇幼保健院) and command units (消防救援大队) never get a prefix added.
 *
 * The canonical name of a department is the first resolved form the plan uses; the other forms become aliases.
 */
import { withPlacePrefix } from '@lianxi/domain';
import {
  isCollective,
  isRecognized,
  keyOf,
  kindOf,
  normalizeName,
  sectorsOfName,
  splitPlace,
} from './names.js';
import type { ParsedUnit } from './types.js';

export interface UnitContext {
  /** 市 / 区 / 县 / 省: the prefix of the jurisdiction's own departments. */
  selfPrefix: string | null;
  jurisdictionName: string | null;
  /** Lists are written with a shared prefix (see above). */
  sharedPrefix: boolean;
}

/** Decides the list style from the names of every list, in order. */
export function usesSharedPrefix(lists: string[][]): boolean {
  let later = 0;
  let unprefixed = 0;
  for (const list of lists) {
    list.slice(1).forEach((raw) => {
      const name = normalizeName(raw);
      if (name.length === 0 || isCollective(name) || !takesPrefix(name)) return;
      later++;
      if (splitPlace(name).place === null) unprefixed++;
    });
  }
  return later >= 2 && unprefixed * 2 > later;
}

/**
 * Departments, party organs and mass organisations of the local government take its prefix. Enterprises and
 * public institutions do not, nor do units of a command hierarchy (消防救援大队, …支队): they are named within
 * their own service, not the local government's.
 */
function takesPrefix(name: string): boolean {
  const kind = kindOf(name);
  if (/(大队|支队|总队|中队)$/u.test(name)) return false;
  return kind === 'DEPARTMENT' || kind === 'MASS_ORGANIZATION' || kind === 'PARTY_ORGAN';
}

interface Reading {
  name: string;
  full: string;
  key: string;
  collective: boolean;
}

export class UnitRegistry {
  private readonly byKey = new Map<string, ParsedUnit>();
  private readonly keyContext: { prefix: string | null; name: string | null };
  /** How each name as written reads: the same name is resolved for every clause that lists it. */
  private readonly readings = new Map<string, Reading | null>();

  constructor(private readonly context: UnitContext) {
    this.keyContext = { prefix: context.selfPrefix, name: context.jurisdictionName };
  }

  /** The canonical name of a unit as written, or null when nothing is left of it. */
  resolve(written: string): ParsedUnit | null {
    let reading = this.readings.get(written);
    if (reading === undefined) {
      reading = this.read(written);
      this.readings.set(written, reading);
    }
    if (reading === null) return null;
    const { name, full, key, collective } = reading;
    const existing = this.byKey.get(key);
    if (existing) {
      for (const alias of [name, full]) {
        if (alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
      }
      return existing;
    }
    const sectors = collective ? [] : sectorsOfName(full);
    const unit: ParsedUnit = {
      name: full,
      aliases: name === full ? [] : [name],
      sector: sectors[0] ?? null,
      sectors,
      kind: kindOf(full),
      collective,
      known: isRecognized(full),
    };
    this.byKey.set(key, unit);
    return unit;
  }

  /** Name, full name and department key of a name as written; null when nothing is left of it. */
  private read(written: string): Reading | null {
    const name = normalizeName(written);
    if (name.length === 0) return null;
    const collective = isCollective(name);
    let full = name;
    if (!collective && this.context.sharedPrefix && this.context.selfPrefix && takesPrefix(name)) {
      const { place, core } = splitPlace(name);
      if (place === null) full = withPlacePrefix(core, this.context.selfPrefix);
    }
    return { name, full, key: keyOf(full, this.keyContext), collective };
  }

  units(): ParsedUnit[] {
    return [...this.byKey.values()];
  }
}
