import { describe, expect, it } from 'vitest';
import { apportion, huntingtonHillPriority } from './apportion';

// US Census Bureau, "2020 Census Apportionment Results" (26 April 2021), Table 1: apportionment
// population and number of representatives by state — the 435 seats of the House shared by the
// method of equal proportions (Huntington–Hill), at least one seat each.
// https://www2.census.gov/programs-surveys/decennial/2020/data/apportionment/apportionment-2020-table01.pdf
const CENSUS_2020: readonly [state: string, population: number, seats: number][] = [
  ['Alabama', 5_030_053, 7], ['Alaska', 736_081, 1], ['Arizona', 7_158_923, 9], ['Arkansas', 3_013_756, 4],
  ['California', 39_576_757, 52], ['Colorado', 5_782_171, 8], ['Connecticut', 3_608_298, 5], ['Delaware', 990_837, 1],
  ['Florida', 21_570_527, 28], ['Georgia', 10_725_274, 14], ['Hawaii', 1_460_137, 2], ['Idaho', 1_841_377, 2],
  ['Illinois', 12_822_739, 17], ['Indiana', 6_790_280, 9], ['Iowa', 3_192_406, 4], ['Kansas', 2_940_865, 4],
  ['Kentucky', 4_509_342, 6], ['Louisiana', 4_661_468, 6], ['Maine', 1_363_582, 2], ['Maryland', 6_185_278, 8],
  ['Massachusetts', 7_033_469, 9], ['Michigan', 10_084_442, 13], ['Minnesota', 5_709_752, 8], ['Mississippi', 2_963_914, 4],
  ['Missouri', 6_160_281, 8], ['Montana', 1_085_407, 2], ['Nebraska', 1_963_333, 3], ['Nevada', 3_108_462, 4],
  ['New Hampshire', 1_379_089, 2], ['New Jersey', 9_294_493, 12], ['New Mexico', 2_120_220, 3], ['New York', 20_215_751, 26],
  ['North Carolina', 10_453_948, 14], ['North Dakota', 779_702, 1], ['Ohio', 11_808_848, 15], ['Oklahoma', 3_963_516, 5],
  ['Oregon', 4_241_500, 6], ['Pennsylvania', 13_011_844, 17], ['Rhode Island', 1_098_163, 2], ['South Carolina', 5_124_712, 7],
  ['South Dakota', 887_770, 1], ['Tennessee', 6_916_897, 9], ['Texas', 29_183_290, 38], ['Utah', 3_275_252, 4],
  ['Vermont', 643_503, 1], ['Virginia', 8_654_542, 11], ['Washington', 7_715_946, 10], ['West Virginia', 1_795_045, 2],
  ['Wisconsin', 5_897_473, 8], ['Wyoming', 577_719, 1],
];

describe('apportion (Huntington–Hill)', () => {
  it('reproduces the 2020 US House apportionment, 435 seats over 50 states (US Census Bureau, 2020 Census Apportionment Results, Table 1)', () => {
    const result = apportion({ weights: CENSUS_2020.map(([, population]) => population), posts: 435, minimums: CENSUS_2020.map(() => 1) });
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(Object.fromEntries(CENSUS_2020.map(([state], i) => [state, result.posts[i]]))).toEqual(Object.fromEntries(CENSUS_2020.map(([state, , seats]) => [state, seats])));
  });

  it('gives the 435th seat to Minnesota and the 436th would go to New York (the Census Bureau\'s priority list: New York missed its 27th seat by 89 people)', () => {
    const weights = CENSUS_2020.map(([, population]) => population);
    const minimums = CENSUS_2020.map(() => 1);
    const at434 = apportion({ weights, posts: 434, minimums });
    const at436 = apportion({ weights, posts: 436, minimums });
    if (!at434.feasible || !at436.feasible) throw new Error('expected feasible');
    const minnesota = CENSUS_2020.findIndex(([state]) => state === 'Minnesota');
    const newYork = CENSUS_2020.findIndex(([state]) => state === 'New York');
    expect(at434.posts[minnesota]).toBe(7);
    expect(at436.posts[newYork]).toBe(27);
    // 89 fewer New Yorkers than the margin: NY's claim to a 27th seat (20,215,751 / √(26·27)) falls just short of MN's 8th.
    expect(huntingtonHillPriority(20_215_751 + 89, 26)).toBeGreaterThan(huntingtonHillPriority(5_709_752, 7));
    expect(huntingtonHillPriority(20_215_751, 26)).toBeLessThan(huntingtonHillPriority(5_709_752, 7));
  });

  it('gives every area with workload a post before any gets a second (divisor √(0·1) = 0)', () => {
    const result = apportion({ weights: [1000, 1, 1, 0], posts: 3 });
    expect(result).toEqual({ feasible: true, posts: [1, 1, 1, 0] });
  });

  it('holds areas between their minimums and caps, the rest shared by workload', () => {
    expect(apportion({ weights: [10, 10, 80], posts: 20, minimums: [5, 0, 0], caps: [Infinity, Infinity, 12] })).toEqual({ feasible: true, posts: [5, 3, 12] });
  });

  it('an area with no workload gets posts only when every other area is capped', () => {
    expect(apportion({ weights: [5, 0, 0], posts: 4, caps: [2, Infinity, Infinity] })).toEqual({ feasible: true, posts: [2, 1, 1] });
  });

  it('reports minimums above the posts, or caps below them, as infeasible', () => {
    expect(apportion({ weights: [1, 1], posts: 3, minimums: [2, 2] })).toEqual({ feasible: false, reason: 'the minimums add up to 4 posts, more than the 3 to share' });
    expect(apportion({ weights: [1, 1], posts: 5, caps: [2, 2] })).toEqual({ feasible: false, reason: 'the caps add up to 4 posts, fewer than the 5 to share' });
  });

  it('throws a RangeError naming the bad argument', () => {
    expect(() => apportion({ weights: [1, -1], posts: 1 })).toThrow('weights[1] must be a finite number >= 0, got -1');
    expect(() => apportion({ weights: [1], posts: 1.5 })).toThrow('posts must be a whole number >= 0, got 1.5');
    expect(() => apportion({ weights: [1, 1], posts: 1, minimums: [0] })).toThrow('minimums must have one entry per weight (2), got 1');
    expect(() => apportion({ weights: [1, 1], posts: 1, minimums: [2, 0], caps: [1, 3] })).toThrow('caps[0] must be a whole number >= minimums[0] (2) or Infinity, got 1');
  });
});
