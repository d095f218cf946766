import { cutWithEllipsis } from '../../src/core/ellipsis';
import { fnv1a, fnv1aUnit } from '../../src/core/hash';
import { nameOrId, titleOrId } from '../../src/core/names';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    // Test vectors of the FNV reference (Fowler, Noll, Vo), over ASCII text.
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives another, stable hash for another basis, and a unit value below 1', () => {
    expect(fnv1a('foobar', 0x01000193)).not.toBe(fnv1a('foobar'));
    expect(fnv1a('foobar', 0x01000193)).toBe(fnv1a('foobar', 0x01000193));
    const u = fnv1aUnit('\uffff'.repeat(50));
    expect(u).toBeGreaterThanOrEqual(0);
    expect(u).toBeLessThan(1);
  });
});

describe('cutWithEllipsis', () => {
  it('keeps text that fits, and cuts longer text to the length with an ellipsis last', () => {
    expect(cutWithEllipsis('Ojek ASI', 8)).toBe('Ojek ASI');
    expect(cutWithEllipsis('Kunjungan lapangan', 14)).toBe('Kunjungan lap…');
    expect([...cutWithEllipsis('Kunjungan lapangan', 14)]).toHaveLength(14);
  });

  it('drops the spaces before the ellipsis and keeps at least one character', () => {
    expect(cutWithEllipsis('Dr. Ratna Wulandari', 5)).toBe('Dr.…');
    expect(cutWithEllipsis('Sahabat Santri', 1)).toBe('S…');
  });

  it('counts an emoji as one character, and never splits it when counting UTF-16 units', () => {
    expect(cutWithEllipsis('😀😀😀😀', 3)).toBe('😀😀…');
    expect(cutWithEllipsis('ab😀cd', 4, 'utf16')).toBe('ab…');
    expect(cutWithEllipsis('abc😀d', 5, 'utf16')).toBe('abc…');
    expect(cutWithEllipsis('abc😀', 5, 'utf16')).toBe('abc😀');
  });
});

describe('nameOrId and titleOrId', () => {
  it('name a Setup item by its name, or by its ID when the name is blank', () => {
    expect(nameOrId({ id: 'j1', name: '  Sri Lestari ' })).toBe('Sri Lestari');
    expect(nameOrId({ id: 'j1', name: '   ' })).toBe('j1');
    expect(titleOrId({ id: 'e2', title: 'Ojek ASI' })).toBe('Ojek ASI');
    expect(titleOrId({ id: 'e2', title: '' })).toBe('e2');
  });
});
