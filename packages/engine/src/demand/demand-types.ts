/**
 * Which demand type each data.police.uk category counts as, and how long a job of that type takes.
 * A policing model's `demandTypes` name their categories in `policeUkCategories` and give
 * `timeTakenMinutes` per role (Wiltshire's type × role × time taken). Categories no model type
 * names keep their own category as the type (id `unmapped:<slug>`, with the default time); without
 * a model every category is its own type (id = slug) with {@link DEFAULT_MINUTES_PER_JOB}.
 */
import { POLICE_UK_CATEGORY_SLUGS, assertPoliceUkCategory, type PoliceUkCategorySlug } from './police-uk-categories';

/** A demand type as a policing model writes it (structurally the model's `demandTypes[n]`). */
export interface DemandTypeSpec {
  id: string;
  name: string;
  policeUkCategories?: readonly string[];
  /** Minutes one job takes, per role key (e.g. { PC: 240, DC: 300 }). */
  timeTakenMinutes: Readonly<Record<string, number>>;
}

/**
 * Officer minutes per job by category when no model says. ASSUMPTION, stated in every output that
 * uses it: round placeholders (one PC's time from attendance to first report) of the order the
 * seed models estimate; a force replaces them with its own activity analysis (Wiltshire measured
 * 17,250 pieces of demand).
 */
export const DEFAULT_MINUTES_PER_JOB: Readonly<Record<PoliceUkCategorySlug, number>> = {
  'anti-social-behaviour': 60,
  'bicycle-theft': 45,
  burglary: 240,
  'criminal-damage-arson': 120,
  drugs: 180,
  'other-crime': 180,
  'other-theft': 90,
  'possession-of-weapons': 240,
  'public-order': 120,
  robbery: 300,
  shoplifting: 120,
  'theft-from-the-person': 120,
  'vehicle-crime': 90,
  'violent-crime': 240,
};

/** The role key the default times are written for. */
export const DEFAULT_ROLE = 'PC';

/** The demand type of each category, and which categories the model left unmapped. */
export interface DemandTypeMapping {
  /** The type every category counts as. */
  byCategory: Readonly<Record<PoliceUkCategorySlug, DemandTypeSpec>>;
  /** Every type that any category maps to, model types first, in model order. */
  types: DemandTypeSpec[];
  /** Categories no model type names (all 14 without a model). */
  unmapped: PoliceUkCategorySlug[];
}

/** A default demand type for one category. */
function fallbackType(category: PoliceUkCategorySlug, hasModel: boolean): DemandTypeSpec {
  return {
    id: hasModel ? `unmapped:${category}` : category,
    name: `${category} (data.police.uk category${hasModel ? ', no model demand type' : ''})`,
    policeUkCategories: [category],
    timeTakenMinutes: { [DEFAULT_ROLE]: DEFAULT_MINUTES_PER_JOB[category] },
  };
}

/**
 * Maps every category to a demand type. A category named by two model types is an error: its
 * crimes cannot be attributed to either without a share the model does not give.
 */
export function mapCategoriesToDemandTypes(modelTypes?: readonly DemandTypeSpec[]): DemandTypeMapping {
  const hasModel = modelTypes !== undefined;
  const mapped = new Map<PoliceUkCategorySlug, DemandTypeSpec>();
  (modelTypes ?? []).forEach((type, index) => {
    for (const [minutesRole, value] of Object.entries(type.timeTakenMinutes)) {
      if (!Number.isFinite(value) || value < 0) throw new RangeError(`demandTypes[${index}].timeTakenMinutes.${minutesRole}: expected a number >= 0, got ${value}`);
    }
    for (const category of type.policeUkCategories ?? []) {
      assertPoliceUkCategory(category, `demandTypes[${index}].policeUkCategories`);
      const earlier = mapped.get(category);
      if (earlier) throw new RangeError(`demandTypes[${index}].policeUkCategories: '${category}' is already mapped to demand type '${earlier.id}' (a category may belong to one demand type only)`);
      mapped.set(category, type);
    }
  });
  const byCategory = {} as Record<PoliceUkCategorySlug, DemandTypeSpec>;
  const unmapped: PoliceUkCategorySlug[] = [];
  for (const category of POLICE_UK_CATEGORY_SLUGS) {
    const type = mapped.get(category);
    if (!type) unmapped.push(category);
    byCategory[category] = type ?? fallbackType(category, hasModel);
  }
  const used = new Set(Object.values(byCategory));
  const types = [...(modelTypes ?? []).filter((type) => used.has(type)), ...unmapped.map((category) => byCategory[category])];
  return { byCategory, types, unmapped };
}

/**
 * Minutes one job of `type` takes: the given role's minutes (0 when the type lists no time for
 * that role), or, without a role, the sum over every role — the total staff time per job
 * (a type needing a PC for 240 min and a DC for 300 min costs 540 staff-minutes).
 */
export function minutesPerJob(type: DemandTypeSpec, role?: string): number {
  if (role !== undefined) return type.timeTakenMinutes[role] ?? 0;
  return Object.values(type.timeTakenMinutes).reduce((sum, value) => sum + value, 0);
}
