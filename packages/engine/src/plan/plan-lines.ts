/**
 * Lines and cells. A cell is one role of one team. A line is "the same team repeated across
 * areas" — teams of one kind, on one shift pattern, with the same set of roles (Kent's thirteen
 * district LDPTs; Sussex's six prevention layer-1 teams) — and one role: the line's posts are what
 * the algorithm shares between its cells, so a line's total never changes (only overrides and
 * scenarios change totals). A force-wide team (`areas: [all]`) is a line of its own.
 */
import { isForceWide, type PlanningModel, type PlanningTeam } from './planning-model';

/** A cell before any figures. */
export interface CellDraft {
  key: string;
  team: PlanningTeam;
  role: string;
  line: string;
}

/** A line before any figures. */
export interface LineDraft {
  id: string;
  teamKind: string;
  role: string;
  shiftPattern: string | null;
  forceWide: boolean;
  cells: CellDraft[];
}

/** The key of a team's role. */
export const cellKey = (team: string, role: string) => `${team}:${role}`;

/** Every line of the model, in team order, each with its cells. */
export function planLines(model: Pick<PlanningModel, 'teams'>): LineDraft[] {
  const bySignature = new Map<string, PlanningTeam[]>();
  for (const team of model.teams) {
    const signature = isForceWide(team) ? `team:${team.id}` : [team.kind, team.shiftPattern ?? '', Object.keys(team.roles).sort().join('+')].join('|');
    const list = bySignature.get(signature) ?? [];
    list.push(team);
    bySignature.set(signature, list);
  }
  const lines: LineDraft[] = [];
  const used = new Set<string>();
  for (const teams of bySignature.values()) {
    const first = teams[0]!;
    const label = lineLabel(teams);
    for (const role of Object.keys(first.roles)) {
      let id = `${label}:${role}`;
      for (let n = 2; used.has(id); n += 1) id = `${label}#${n}:${role}`;
      used.add(id);
      lines.push({
        id,
        teamKind: first.kind,
        role,
        shiftPattern: first.shiftPattern ?? null,
        forceWide: isForceWide(first),
        cells: teams.map((team) => ({ key: cellKey(team.id, role), team, role, line: id })),
      });
    }
  }
  return lines;
}

/**
 * A readable name for a line: the team id with its area replaced by `*` when every team of the
 * line is named that way (`*-ldpt`, `cpt-*`), else the team id for a single team, else the kind.
 */
function lineLabel(teams: readonly PlanningTeam[]): string {
  if (teams.length === 1) return teams[0]!.id;
  const patterns = new Set(teams.map((team) => (team.areas.length === 1 && team.id.includes(team.areas[0]!) ? team.id.replace(team.areas[0]!, '*') : null)));
  const [only] = patterns;
  return patterns.size === 1 && only ? only : teams[0]!.kind;
}
