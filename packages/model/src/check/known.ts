/** Sets of the ids a model defines, for reference checks. */
import type { PolicingModel } from '../schema/model';

/** The ids and keys defined by a model. */
export interface KnownIds {
  areas: Set<string>;
  roles: Set<string>;
  shiftPatterns: Set<string>;
  teams: Set<string>;
  teamKinds: Set<string>;
  grades: Set<number>;
  channels: Set<string>;
  demandTypes: Set<string>;
  tags: Set<string>;
  partners: Set<string>;
}

/** Collects {@link KnownIds} from a model. */
export function knownIds(model: PolicingModel): KnownIds {
  return {
    areas: new Set(model.geography.areas.map((area) => area.id)),
    roles: new Set(Object.keys(model.roles)),
    shiftPatterns: new Set(model.shiftPatterns.map((pattern) => pattern.id)),
    teams: new Set(model.teams.map((team) => team.id)),
    teamKinds: new Set(model.teams.map((team) => team.kind)),
    grades: new Set(model.grades.map((grade) => grade.grade)),
    channels: new Set(model.channels.map((channel) => channel.id)),
    demandTypes: new Set(model.demandTypes.map((type) => type.id)),
    tags: new Set(model.demandTypes.flatMap((type) => type.tags ?? [])),
    partners: new Set((model.partners ?? []).map((partner) => partner.id)),
  };
}

/** "unknown team "x": expected one of a, b, c" — lists at most 12 choices. */
export function unknownMessage(what: string, value: string | number, choices: Iterable<string | number>): string {
  const list = [...choices];
  const shown = list.slice(0, 12).join(', ') + (list.length > 12 ? `, … (${list.length} in all)` : '');
  return `unknown ${what} ${JSON.stringify(value)}: expected one of ${shown || '(none defined)'}`;
}
