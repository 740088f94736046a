import type { DemoAccountKey } from "./demo-accounts";
import { type ConnectionGraph, generateConnections } from "./graph";
import type { SeedMember } from "./profiles";
import type { Random } from "./random";

export interface SeedNetwork {
  graph: ConnectionGraph;
  /** [blocker, blocked] member indices. */
  blocks: [number, number][];
  /** Either way round: a block stops both members from reaching each other. */
  isBlocked(i: number, j: number): boolean;
}

/**
 * Connections and blocks, with the facts the demo accounts promise: Sophie–Lukas and
 * Marco–Giulia connected, no other links between demo accounts, Marco a 2nd-degree contact of
 * Sophie, Tobias blocking Sophie.
 */
export function buildNetwork(random: Random, members: readonly SeedMember[]): SeedNetwork {
  const demo = new Map<DemoAccountKey, number>();
  for (const m of members) if (m.demo) demo.set(m.demo, m.index);
  const at = (key: DemoAccountKey): number => {
    const index = demo.get(key);
    if (index === undefined) throw new Error(`demo account ${key} missing`);
    return index;
  };
  const isDemo = (i: number) => members[i]?.demo !== undefined;
  const graph = generateConnections(random, members, (i, j) => isDemo(i) && isDemo(j));

  graph.add(at("premium"), at("recruiter"));
  graph.add(at("basic"), at("career"));
  const sophieFriends = graph.neighborsOf(at("premium")).filter((i) => !isDemo(i));
  const marcoFriends = new Set(graph.neighborsOf(at("basic")));
  const bridge = sophieFriends[0];
  if (bridge !== undefined && !sophieFriends.some((i) => marcoFriends.has(i))) {
    graph.add(bridge, at("basic"));
  }

  const blockKeys = new Set<string>();
  const blocks: [number, number][] = [];
  const block = (blocker: number, blocked: number) => {
    blockKeys.add(`${blocker}:${blocked}`);
    blocks.push([blocker, blocked]);
  };
  block(at("blocker"), at("premium"));
  const wanted = Math.max(3, Math.round(members.length * 0.005));
  for (let attempt = 0; blocks.length <= wanted && attempt < wanted * 10; attempt++) {
    const blocker = random.int(0, members.length - 1);
    const blocked = random.int(0, members.length - 1);
    if (blocker === blocked || isDemo(blocker) || isDemo(blocked)) continue;
    if (graph.has(blocker, blocked) || blockKeys.has(`${blocker}:${blocked}`)) continue;
    block(blocker, blocked);
  }
  return {
    graph,
    blocks,
    isBlocked: (i, j) => blockKeys.has(`${i}:${j}`) || blockKeys.has(`${j}:${i}`),
  };
}
