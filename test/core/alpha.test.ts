import { krippendorffAlpha } from '../../src/core/alpha';

/** Reliability data as published: one row per observer, null = the observer did not code the unit. */
function unitsOf(rows: readonly (readonly (number | null)[])[]): number[][] {
  return rows[0].map((_, u) => rows.map((row) => row[u]).filter((v): v is number => v !== null));
}

describe("Krippendorff's alpha, interval metric, on published reliability data", () => {
  it("matches Krippendorff's own example: 4 observers, 12 units, values missing (alpha_interval = 0.849)", () => {
    // Source: K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", University of
    // Pennsylvania, Annenberg School for Communication, departmental paper 43, the worked example
    // with missing data ("C" data, also the example of R's irr::kripp.alpha). Published: 0.849.
    const data = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const result = krippendorffAlpha(unitsOf(data));
    expect(result.alpha).not.toBeNull();
    expect(Math.round((result.alpha as number) * 1000) / 1000).toBe(0.849);
    // Unit 12 has one value only, so 11 units and 40 pairable values count.
    expect([result.entries, result.values]).toEqual([11, 40]);
  });

  it('matches the Python krippendorff package on the 3-coder, 15-unit example (alpha_interval = 0.810845)', () => {
    // Source: the "computational example" data of Wikipedia's Krippendorff's alpha article, and the value the
    // Python package krippendorff (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py,
    // test_interval_metric) computes for it, published to 6 decimals.
    const data = [
      [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
      [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
      [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
    ];
    const result = krippendorffAlpha(unitsOf(data));
    expect(Math.round((result.alpha as number) * 1e6) / 1e6).toBe(0.810845);
  });

  it('is 1 for perfect agreement whatever the scale, and does not depend on a shift of every score', () => {
    expect(
      krippendorffAlpha([
        [70, 70],
        [80, 80, 80],
        [90, 90],
      ]).alpha,
    ).toBeCloseTo(1, 12);
    const a = krippendorffAlpha([
      [70, 72],
      [81, 79, 85],
      [90, 88],
    ]).alpha as number;
    const shifted = krippendorffAlpha([
      [1070, 1072],
      [1081, 1079, 1085],
      [1090, 1088],
    ]).alpha as number;
    expect(shifted).toBeCloseTo(a, 9);
  });

  it('says why it is undefined', () => {
    expect(krippendorffAlpha([[80], [70]])).toMatchObject({ alpha: null, reason: 'noPairs' });
    expect(krippendorffAlpha([[80, 82], [70]])).toMatchObject({ alpha: null, reason: 'fewEntries' });
    expect(
      krippendorffAlpha([
        [80, 80],
        [80, 80],
      ]),
    ).toMatchObject({ alpha: null, reason: 'noSpread' });
  });
});
