// Analysts' decisions on actors in Neo4j: merge, promote, dismiss, each recorded as an
// (:ActorDecision {id: actorId}) node that the loader reads back (readDecisionIndex) so the decision
// holds for every later extraction. Each function runs in the caller's transaction.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../shared/contract';
import type { ActorDecision, ActorPromoteBody } from '../shared/review';
import { RELATION_TYPES } from '../shared/vocabulary';
import { indexDecisions, type DecisionIndex } from './actor-decisions';
import type { StoredClaim } from './claim-review-store';
import { withEdgeAggregates } from '../neo4j/edge-aggregates';
import { writeActorTypes } from '../neo4j/stat-tallies';

export class UnknownActorError extends Error {
  constructor(readonly actorId: string, readonly field: string) {
    super(`actor "${actorId}" does not exist.`);
    this.name = 'UnknownActorError';
  }
}

interface Who {
  reviewer: string;
  at: string;
}

const ACTOR_FIELDS = 'a {.id, .name, .type, .discovered, aliases: coalesce(a.aliases, []), affiliations: coalesce(a.affiliations, [])}';

async function actorOf(tx: ManagedTransaction, id: string, field: string): Promise<Actor> {
  const result = await tx.run(`MATCH (a:Actor {id: $id}) RETURN ${ACTOR_FIELDS} AS a`, { id });
  const a = result.records[0]?.get('a') as Actor | undefined;
  if (!a) throw new UnknownActorError(id, field);
  return a;
}

const touching = RELATION_TYPES.map(
  (t) => `  MATCH (s:Actor {id: $id})-[r:${t}]->(t:Actor) RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props
  UNION ALL
  MATCH (s:Actor)-[r:${t}]->(t:Actor {id: $id}) WHERE s.id <> $id RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props`,
).join('\n  UNION ALL\n');

async function claimsTouching(tx: ManagedTransaction, id: string): Promise<StoredClaim[]> {
  const result = await tx.run(`CALL () {\n${touching}\n} RETURN source, target, type, props`, { id });
  return result.records.map((r) => ({ type: r.get('type'), source: r.get('source'), target: r.get('target'), props: r.get('props') }));
}

const docIdsOf = (claims: StoredClaim[]) => [...new Set(claims.map((c) => String(c.props.docId)))];

async function recordDecision(tx: ManagedTransaction, d: ActorDecision): Promise<void> {
  await tx.run(
    `MERGE (x:ActorDecision {id: $d.actor})
     SET x.decision = $d.decision, x.name = $d.name, x.into = $d.into, x.type = $d.type, x.aliases = $d.aliases,
         x.reviewer = $d.reviewer, x.at = $d.at, x.claims = $d.claims`,
    { d: { into: null, type: null, ...d } },
  );
}

function withAliases(target: Actor, names: string[]): string[] {
  const seen = new Set([target.name.toLowerCase(), ...target.aliases.map((a) => a.toLowerCase())]);
  const out = [...target.aliases];
  for (const n of names) {
    if (seen.has(n.toLowerCase())) continue;
    seen.add(n.toLowerCase());
    out.push(n);
  }
  return out;
}

const replaceId = (value: string, from: string, into: string) => (value === from ? into : value);

/** Rewrites an `extracted` JSON or a review's claim snapshot so it names `into` instead of `from`. */
function renameIn(json: unknown, from: string, into: string): unknown {
  if (typeof json !== 'string') return json;
  const parsed = JSON.parse(json) as Record<string, unknown>;
  for (const k of ['source', 'target']) if (typeof parsed[k] === 'string') parsed[k] = replaceId(parsed[k] as string, from, into);
  return JSON.stringify(parsed);
}

/**
 * Merges actor `from` into `into`: its claims and mentions move to `into`, its name and aliases become
 * aliases of `into`, and `from` redirects there. Claims that would link `into` to itself are dropped.
 */
export async function mergeActor(tx: ManagedTransaction, fromId: string, intoId: string, who: Who): Promise<ActorDecision> {
  const from = await actorOf(tx, fromId, 'id');
  const into = await actorOf(tx, intoId, 'into');
  const claims = await claimsTouching(tx, fromId);
  const moved = claims
    .map((c) => ({
      type: c.type,
      source: replaceId(c.source, fromId, intoId),
      target: replaceId(c.target, fromId, intoId),
      props: { ...c.props, ...(c.props.extracted !== undefined ? { extracted: renameIn(c.props.extracted, fromId, intoId) } : {}) },
    }))
    .filter((c) => c.source !== c.target);
  await withEdgeAggregates(tx, docIdsOf(claims), async () => {
    await tx.run(`MATCH (:Actor {id: $id})-[r:${RELATION_TYPES.join('|')}]-() DELETE r`, { id: fromId });
    await tx.run(
      `UNWIND $claims AS c MATCH (s:Actor {id: c.source}) MATCH (t:Actor {id: c.target})
       CREATE (s)-[r:$(c.type)]->(t) SET r = c.props`,
      { claims: moved },
    );
    await tx.run(
      `MATCH (d:Document)-[m:MENTIONS]->(:Actor {id: $from}) MATCH (i:Actor {id: $into})
       MERGE (d)-[n:MENTIONS]->(i) ON CREATE SET n.count = 0, n.offsets = []
       SET n.count = n.count + m.count, n.offsets = n.offsets + m.offsets
       DELETE m`,
      { from: fromId, into: intoId },
    );
    const aliases = withAliases(into, [from.name, ...from.aliases]);
    await tx.run('MATCH (a:Actor {id: $id}) SET a.aliases = $aliases, a.aliasText = $aliasText', {
      id: intoId,
      aliases,
      aliasText: [into.name, ...aliases].map((a) => a.toLowerCase()).join('|'),
    });
    // Reviews judged claims under the old id: their snapshots and corrections name the new one.
    const reviews = await tx.run('MATCH (v:Review) WHERE v.docId IN $docIds RETURN v.id AS id, v.claim AS claim, v.correction AS correction', { docIds: docIdsOf(claims) });
    for (const r of reviews.records) {
      await tx.run('MATCH (v:Review {id: $id}) SET v.claim = $claim, v.correction = $correction', {
        id: r.get('id'),
        claim: renameIn(r.get('claim'), fromId, intoId),
        correction: renameIn(r.get('correction'), fromId, intoId),
      });
    }
    await tx.run('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id: fromId });
    // Earlier merges into `from` now lead to `into`.
    await tx.run("MATCH (x:ActorDecision {decision: 'merged', into: $from}) SET x.into = $into", { from: fromId, into: intoId });
  });
  const decision: ActorDecision = { actor: fromId, decision: 'merged', name: from.name, into: intoId, aliases: from.aliases, ...who, claims: moved.length };
  await recordDecision(tx, decision);
  return decision;
}

/** A discovered actor becomes a known one with a type (and a name and aliases when given). */
export async function promoteActor(tx: ManagedTransaction, id: string, body: ActorPromoteBody, who: Who): Promise<ActorDecision> {
  const actor = await actorOf(tx, id, 'id');
  const name = body.name ?? actor.name;
  const aliases = withAliases({ ...actor, name, aliases: [] }, [...(body.aliases ?? actor.aliases), ...(name !== actor.name ? [actor.name] : [])]);
  await tx.run('MATCH (a:Actor {id: $id}) SET a.discovered = false, a.type = $type, a.name = $name, a.aliases = $aliases, a.aliasText = $aliasText', {
    id,
    type: body.type,
    name,
    aliases,
    aliasText: [name, ...aliases].map((a) => a.toLowerCase()).join('|'),
  });
  // Its claims now count under the new type in /api/stats.
  await writeActorTypes(tx, [id]);
  const claims = await claimsTouching(tx, id);
  const decision: ActorDecision = { actor: id, decision: 'promoted', name, type: body.type, aliases, ...who, claims: claims.length };
  await recordDecision(tx, decision);
  return decision;
}

/** The actor is never an actor again: it goes with its claims and mentions. */
export async function dismissActor(tx: ManagedTransaction, id: string, who: Who): Promise<ActorDecision> {
  const actor = await actorOf(tx, id, 'id');
  const claims = await claimsTouching(tx, id);
  await withEdgeAggregates(tx, docIdsOf(claims), async () => {
    await tx.run('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id });
  });
  const decision: ActorDecision = { actor: id, decision: 'dismissed', name: actor.name, aliases: actor.aliases, ...who, claims: claims.length };
  await recordDecision(tx, decision);
  return decision;
}

/** Where a merged actor went, or null. */
export async function mergedInto(tx: ManagedTransaction, id: string): Promise<string | null> {
  const result = await tx.run("MATCH (x:ActorDecision {id: $id, decision: 'merged'}) RETURN x.into AS into", { id });
  return (result.records[0]?.get('into') as string | undefined) ?? null;
}

export async function listDecisions(tx: ManagedTransaction): Promise<ActorDecision[]> {
  const result = await tx.run('MATCH (x:ActorDecision) RETURN properties(x) AS x ORDER BY x.at, x.id');
  return result.records.map((r) => {
    const x = r.get('x') as Record<string, unknown>;
    return {
      actor: String(x.id),
      decision: x.decision as ActorDecision['decision'],
      name: String(x.name),
      ...(typeof x.into === 'string' ? { into: x.into } : {}),
      ...(typeof x.type === 'string' ? { type: x.type as Actor['type'] } : {}),
      aliases: (x.aliases as string[] | undefined) ?? [],
      reviewer: String(x.reviewer),
      at: String(x.at),
      claims: Number(x.claims ?? 0),
    };
  });
}

/** The decisions with the current data of the actors they lead to, for applyActorDecisions. */
export async function readDecisionIndex(tx: ManagedTransaction): Promise<DecisionIndex> {
  const decisions = await listDecisions(tx);
  if (decisions.length === 0) return indexDecisions([]);
  const ids = [...new Set(decisions.flatMap((d) => (d.decision === 'merged' ? [d.into as string] : d.decision === 'promoted' ? [d.actor] : [])))];
  const result = await tx.run(`MATCH (a:Actor) WHERE a.id IN $ids RETURN ${ACTOR_FIELDS} AS a`, { ids });
  return indexDecisions(decisions, result.records.map((r) => r.get('a') as Actor));
}
