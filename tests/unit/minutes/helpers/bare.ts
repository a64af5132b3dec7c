/**
 * Parse results without the fields added for checking (Declaration/Decision.passage,
 * ParsedMinutes.declarationsState, how much of the decisions was read: MinutesItem.decisionsState and
 * ParsedMinutes.introDecisionsState), for comparing with hand-written expectations that predate them.
 * Passages and the states are tested on their own (provenance-of-facts.test.ts, decisions-state.test.ts).
 */
export function bare<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => bare(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'passage' || k === 'declarationsState' || k === 'decisionsState' || k === 'introDecisionsState') continue;
      out[k] = bare(v);
    }
    return out as T;
  }
  return value;
}
