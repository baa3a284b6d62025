/** A seeded generator (seedrandom): every random draw of the engine comes from one of these. */
import seedrandom from "seedrandom";

export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Uniform integer in [0, n). */
  integer(n: number): number;
}

export function createRandom(seed: string | number): Random {
  const next = seedrandom(String(seed));
  const uniform = () => next();
  return {
    uniform,
    normal() {
      let u = 0;
      while (u === 0) u = uniform();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
    },
    integer: (n) => Math.floor(uniform() * n),
  };
}
