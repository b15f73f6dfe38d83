import { describe, expect, it } from 'vitest';
import { levelColor, MAP_HEIGHT, MAP_WIDTH, pointRadius, worldShape } from './worldMap';

describe('world map', () => {
  it('draws the countries of the bundled atlas, Antarctica left out', () => {
    const world = worldShape();
    expect(world.countries.length).toBeGreaterThan(150);
    expect(world.countries.some((c) => c.name === 'France' && c.d.startsWith('M'))).toBe(true);
    expect(world.countries.some((c) => c.name === 'Antarctica')).toBe(false);
  });

  it('places cities where they are: on the map, west to east and north to south', () => {
    const { project } = worldShape();
    const paris = project(2.35, 48.86)!;
    const montreal = project(-73.57, 45.5)!;
    const tokyo = project(139.69, 35.68)!;
    const sydney = project(151.21, -33.87)!;
    for (const [x, y] of [paris, montreal, tokyo, sydney]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(MAP_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(MAP_HEIGHT);
    }
    expect(montreal[0]).toBeLessThan(paris[0]);
    expect(paris[0]).toBeLessThan(tokyo[0]);
    expect(tokyo[1]).toBeLessThan(sydney[1]);
  });

  it('greys out inactive partners and grows the busiest', () => {
    expect(levelColor(0, 4)).toBe('#868e96');
    const colours = [1, 2, 3].map((level) => levelColor(level, 4));
    expect(new Set(colours).size).toBe(3);
    expect(pointRadius(0, 4)).toBeLessThan(pointRadius(3, 4));
    expect(levelColor(5, 2)).toBe(levelColor(1, 2));
  });
});
