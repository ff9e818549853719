/**
 * Random moments that a failing run can replay: the seed comes from
 * WIRELOG_FAULT_SEED when set, and is printed either way.
 */
export function seededRandom(label: string): () => number {
  let state = Number(process.env.WIRELOG_FAULT_SEED) || Math.floor(Math.random() * 2 ** 31);
  console.log(`${label}: WIRELOG_FAULT_SEED=${state}`);
  // mulberry32
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
