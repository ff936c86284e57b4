// Property test of the marker separation: whatever the markers, none overlap afterwards
// (except with the kept one), and no location is lost.
import { expect } from '@open-wc/testing';
import { random, seedOf } from '../test-support/random.js';
import { overlap, separateMarkers } from './marker-separation.js';

interface Dot {
  x: number;
  y: number;
  /** Locations it stands for. */
  count: number;
  kept?: boolean;
}

// A dot of one location is a 28 × 37 pin standing on its point; more, a 44 px circle.
const boxOf = ({ x, y, count }: Dot) =>
  count === 1
    ? { left: x - 14, right: x + 14, top: y - 37, bottom: y }
    : { left: x - 22, right: x + 22, top: y - 22, bottom: y + 22 };

describe('separateMarkers', () => {
  it('leaves no two markers overlapping, keeps every location and the kept marker as it is', () => {
    const seed = seedOf(20261201);
    const next = random(seed);
    for (let run = 0; run < 300; run++) {
      const dots: Dot[] = Array.from({ length: 1 + Math.floor(next() * 60) }, () => ({
        x: next() * 400,
        y: next() * 300,
        count: next() < 0.5 ? 1 : 2 + Math.floor(next() * 50),
      }));
      dots[0].kept = next() < 0.5;
      const result = separateMarkers(dots, {
        boxOf,
        keep: (dot) => !!dot.kept,
        merge: (a, b) => ({ x: a.x, y: a.y, count: a.count + b.count }),
      });
      const why = `seed ${seed}, run ${run} (replay with ?seed=${seed})`;
      const total = (list: Dot[]) => list.reduce((sum, dot) => sum + dot.count, 0);
      expect(total(result), why).to.equal(total(dots));
      if (dots[0].kept) expect(result, why).to.include(dots[0]);
      for (let i = 0; i < result.length; i++)
        for (let j = i + 1; j < result.length; j++) {
          if (result[i].kept || result[j].kept) continue;
          expect(overlap(boxOf(result[i]), boxOf(result[j])), `${why}: ${i}, ${j}`).to.equal(false);
        }
    }
  });

  it('changes nothing when nothing overlaps', () => {
    const dots: Dot[] = [
      { x: 0, y: 100, count: 1 },
      { x: 100, y: 100, count: 5 },
      { x: 200, y: 100, count: 1 },
    ];
    const result = separateMarkers(dots, { boxOf, merge: () => ({ x: 0, y: 0, count: 0 }) });
    expect(result).to.deep.equal(dots);
  });
});
