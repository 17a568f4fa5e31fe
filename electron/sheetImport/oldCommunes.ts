// The commune column of an import, read against today's list first, then against the official mapping
// from the old communes (issue 17): "Xã Hợp Thành, huyện Cao Lộc" is today Phường Kỳ Lừa. An old commune
// split among several new ones is asked, never guessed: the clerk's choice comes with the preview.
import { findUnitRecord, provinceOfUnit, unitMappingInto } from '../../db/adminUnits';
import type { CallContext } from '../api/context';
import { CommuneIndex } from '../businesses/importRows';
import { fail, labelKey, ok, type Coerced } from './cells';

/** One old commune and the new communes its land went to. */
export interface OldCommune {
  /** Stable id of the old commune in the mapping: its old code, or "name|district|province" without one. */
  id: string;
  /** As the preview shows it: "Xã Hợp Thành (huyện Cao Lộc)". */
  label: string;
  oldCode: string;
  name: string;
  district: string;
  newCodes: string[];
}

export interface CommuneChoices {
  /** Old commune id -> the new commune the clerk chose for all its rows. */
  byOldCommune: Readonly<Record<string, string>>;
  /** Sheet row number -> the new commune chosen for that row only (wins over the above). */
  byRow: Readonly<Record<string, string>>;
}

export const NO_CHOICES: CommuneChoices = { byOldCommune: {}, byRow: {} };

const KIND_PREFIX = /^(xa|phuong|thi tran|tt|p)\s+/;
const DISTRICT_PREFIX = /^(huyen|quan|thi xa|thanh pho|tp|h|q|tx)\s+/;
const bare = (s: string) => labelKey(s).replace(KIND_PREFIX, '');
const bareDistrict = (s: string) => labelKey(s).replace(DISTRICT_PREFIX, '');
/** "Huyện Cao Lộc" -> "huyện Cao Lộc", as it reads inside brackets. */
const lowerKind = (s: string) => s.replace(/^(Huyện|Quận|Thị xã|Thành phố) /, (k) => k.toLocaleLowerCase('vi'));

/** "Xã Hợp Thành, huyện Cao Lộc", "Hợp Thành (Cao Lộc)", "Hợp Thành - Cao Lộc" -> name and district. */
function splitPlace(text: string): { name: string; district: string } | undefined {
  const m = /^(.+?)\s*(?:[,;/(]|\s-\s|\s–\s)\s*(.+?)\)?\s*$/.exec(text.trim());
  return m?.[1] && m[2] ? { name: m[1], district: m[2] } : undefined;
}

export class OldCommuneIndex {
  private readonly byCode = new Map<string, OldCommune>();
  private readonly byName = new Map<string, OldCommune[]>();
  private readonly byNameDistrict = new Map<string, OldCommune[]>();

  constructor(readonly communes: readonly OldCommune[]) {
    const add = (map: Map<string, OldCommune[]>, key: string, c: OldCommune) => map.set(key, [...(map.get(key) ?? []), c]);
    for (const c of communes) {
      if (c.oldCode) this.byCode.set(String(Number(c.oldCode)), c);
      add(this.byName, bare(c.name), c);
      add(this.byNameDistrict, `${bare(c.name)}|${bareDistrict(c.district)}`, c);
    }
  }

  /** The old commune the text names (by code, name with district, or a name unique among them), if any. */
  find(text: string): OldCommune | undefined {
    if (/^\d+$/.test(text)) return this.byCode.get(String(Number(text)));
    const place = splitPlace(text);
    const withDistrict = place ? this.byNameDistrict.get(`${bare(place.name)}|${bareDistrict(place.district)}`) : undefined;
    if (withDistrict?.length === 1) return withDistrict[0];
    const byName = this.byName.get(bare(text));
    return byName?.length === 1 ? byName[0] : undefined;
  }
}

/**
 * The old communes whose land is now in this office's province, when the office keeps today's list
 * (VN-2025); none for an office still on the old list.
 */
export function oldCommunesOf(ctx: CallContext): OldCommune[] {
  const office = ctx.app.office();
  if (!office || office.unitListVersion !== 'VN-2025') return [];
  const province = provinceOfUnit(ctx.app.db, office.unitListVersion, office.unitCode);
  if (!province) return [];
  const byId = new Map<string, OldCommune>();
  for (const r of unitMappingInto(ctx.app.db, 'VN-2004', office.unitListVersion, province)) {
    const id = r.oldCode || `${r.oldName}|${r.oldDistrict}|${r.oldProvinceCode}`;
    const known = byId.get(id);
    if (known) {
      if (!known.newCodes.includes(r.newCode)) known.newCodes.push(r.newCode);
      continue;
    }
    const label = r.oldDistrict ? `${r.oldName} (${lowerKind(r.oldDistrict)})` : r.oldName;
    byId.set(id, { id, label, oldCode: r.oldCode, name: r.oldName, district: r.oldDistrict, newCodes: [r.newCode] });
  }
  return [...byId.values()];
}

/** What the preview says about a split commune: its id and the new communes to choose from. */
export interface SplitChoice {
  oldCommuneId: string;
  oldLabel: string;
  choices: { code: string; name: string }[];
}

/**
 * Resolves a commune cell: today's commune by code or name; else an old commune mapped to today's (with
 * a warning "old -> new"); a split one only with the clerk's choice. `rowChoice` is the row's own choice.
 */
export class CommuneResolver {
  private readonly current: CommuneIndex;
  private readonly old: OldCommuneIndex;
  private readonly names: Map<string, string>;

  constructor(
    current: readonly { code: string; name: string }[],
    oldCommunes: readonly OldCommune[],
    private readonly choices: CommuneChoices = NO_CHOICES,
    newNames: (code: string) => string | undefined = () => undefined,
  ) {
    this.current = new CommuneIndex(current);
    this.old = new OldCommuneIndex(oldCommunes);
    this.names = new Map(current.map((c) => [c.code, c.name]));
    this.nameOf = (code) => this.names.get(code) ?? newNames(code) ?? code;
  }

  private readonly nameOf: (code: string) => string;

  resolve(text: string, unknownKey: Parameters<typeof fail>[0], rowNumber?: number): Coerced {
    const today = this.current.find(text);
    if (today) return ok(today);
    const old = this.old.find(text);
    if (!old) return fail(unknownKey);
    const rowChoice = rowNumber === undefined ? undefined : this.choices.byRow[String(rowNumber)];
    const chosen = rowChoice ?? this.choices.byOldCommune[old.id];
    const target = old.newCodes.length === 1 ? old.newCodes[0] : chosen && old.newCodes.includes(chosen) ? chosen : undefined;
    if (!target) {
      return fail('import.splitCommune', {
        old: old.label,
        oldCommuneId: old.id,
        choices: old.newCodes.map((c) => this.nameOf(c)).join(', '),
        choiceCodes: old.newCodes.join(','),
      });
    }
    if (!this.names.has(target)) return fail('import.oldCommuneOutside', { old: old.label, new: this.nameOf(target) });
    return { ok: true, value: target, warning: { messageKey: 'import.oldCommuneMapped', params: { old: old.label, new: this.nameOf(target) } } };
  }

  /** A row's own choice, when the clerk made one for that row; undefined otherwise (the cached reading applies). */
  resolveInRow(text: string, unknownKey: Parameters<typeof fail>[0], rowNumber: number): Coerced | undefined {
    return this.choices.byRow[String(rowNumber)] === undefined ? undefined : this.resolve(text, unknownKey, rowNumber);
  }
}

/** The resolver of an import in this office: its communes, the old ones of its province, the clerk's choices. */
export function communeResolver(ctx: CallContext, current: readonly { code: string; name: string }[], choices: CommuneChoices = NO_CHOICES): CommuneResolver {
  const office = ctx.app.office();
  const version = office?.unitListVersion ?? 'VN-2025';
  return new CommuneResolver(current, oldCommunesOf(ctx), choices, (code) => findUnitRecord(ctx.app.db, version, code)?.name);
}
