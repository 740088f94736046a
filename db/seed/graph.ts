import type { SeedMember } from "./profiles";
import type { Random } from "./random";

/**
 * Undirected connection graph over member indices. Stored once per pair here; the database gets
 * two rows per pair (one per direction).
 */
export class ConnectionGraph {
  readonly a: number[] = [];
  readonly b: number[] = [];
  private readonly keys = new Set<number>();

  constructor(private readonly size: number) {}

  private key(i: number, j: number): number {
    return i < j ? i * this.size + j : j * this.size + i;
  }

  has(i: number, j: number): boolean {
    return this.keys.has(this.key(i, j));
  }

  /** Adds the pair unless it is a self link or already there; true if added. */
  add(i: number, j: number): boolean {
    if (i === j || this.has(i, j)) return false;
    this.keys.add(this.key(i, j));
    this.a.push(i);
    this.b.push(j);
    return true;
  }

  remove(i: number, j: number): void {
    if (!this.keys.delete(this.key(i, j))) return;
    for (let e = 0; e < this.a.length; e++) {
      if ((this.a[e] === i && this.b[e] === j) || (this.a[e] === j && this.b[e] === i)) {
        this.a.splice(e, 1);
        this.b.splice(e, 1);
        return;
      }
    }
  }

  get pairCount(): number {
    return this.a.length;
  }

  /** Scans every pair: fine for the handful of lookups the seed makes. */
  neighborsOf(i: number): number[] {
    const found: number[] = [];
    for (let e = 0; e < this.a.length; e++) {
      if (this.a[e] === i) found.push(this.b[e] as number);
      else if (this.b[e] === i) found.push(this.a[e] as number);
    }
    return found;
  }
}

function groupBy(members: readonly SeedMember[], keyOf: (m: SeedMember) => number) {
  const groups = new Map<number, number[]>();
  for (const m of members) {
    if (m.newcomer) continue;
    const key = keyOf(m);
    const group = groups.get(key);
    if (group) group.push(m.index);
    else groups.set(key, [m.index]);
  }
  return groups;
}

/**
 * Each member starts about half of their 3–25 connections (the other half come from others
 * choosing them), mostly inside their industry and country, so 2nd- and 3rd-degree relations
 * exist while distant clusters stay out of network. Newcomers get none.
 */
export function generateConnections(
  random: Random,
  members: readonly SeedMember[],
  isForbidden: (i: number, j: number) => boolean,
): ConnectionGraph {
  const graph = new ConnectionGraph(members.length);
  const cluster = groupBy(members, (m) => m.industry * 64 + m.region);
  const byIndustry = groupBy(members, (m) => m.industry);
  const byRegion = groupBy(members, (m) => m.region);
  const everyone = members.filter((m) => !m.newcomer).map((m) => m.index);

  for (const member of members) {
    if (member.newcomer) continue;
    const target = 3 + Math.floor(22 * random.next() ** 2);
    const wanted = Math.ceil(target / 2);
    let added = 0;
    for (let attempt = 0; added < wanted && attempt < wanted * 4; attempt++) {
      const roll = random.next();
      const pool =
        roll < 0.6
          ? cluster.get(member.industry * 64 + member.region)
          : roll < 0.85
            ? byIndustry.get(member.industry)
            : roll < 0.95
              ? byRegion.get(member.region)
              : everyone;
      if (!pool || pool.length < 2) continue;
      const other = random.pick(pool);
      if (other === member.index || isForbidden(member.index, other)) continue;
      if (graph.add(member.index, other)) added++;
    }
  }
  return graph;
}
