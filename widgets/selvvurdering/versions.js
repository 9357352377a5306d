// Answers made with an earlier set of statements (data/assessment_versions.yml, sent as
// data.versions: [{ id, date, items, renamed, retired }], oldest first, today's set not among
// them). Pure functions: what can be mapped is moved to today's id, the rest is named.

/**
 * The set a file names (its `statements`): today's (`today`, as { id, items: ids }), an earlier
 * one from `versions`, or null when it names none or one this page does not know (a newer set).
 */
export function namedSet(name, ids, versions = [], today = null) {
  if (typeof name !== "string" || name === "") return null;
  if (name === today) return { id: today, items: ids };
  return versions.find((version) => version.id === name) ?? null;
}

/** Today's id for `id` in `version`: its new id, itself when kept, or null (retired or gone). */
export function targetOf(version, id, current) {
  const renamed = version.renamed ?? {};
  if (Object.hasOwn(renamed, id)) return current.has(renamed[id]) ? renamed[id] : null;
  if ((version.retired ?? []).includes(id)) return null;
  return current.has(id) ? id : null;
}

/**
 * Map `answers` (id → answer) to today's `ids`. `version` is the set the answers were made
 * with when it is known (a share code's); else (a file) the sets that hold every answered id
 * decide, and an id they would map differently is not mapped: a guess could count an answer
 * for a statement that meant something else. An answer given under today's id wins over one
 * mapped to it. Returns { answers (today's ids only), mapped: [[old, new]], unmapped: [old] }.
 */
export function mapAnswers(answers, ids, versions = [], version = null) {
  const current = new Set(ids);
  const today = { items: ids };
  const keys = Object.keys(answers);
  const sets = [...versions, today];
  const holding = sets.filter((set) => keys.every((id) => set.items.includes(id)));
  const candidates = version ? [version] : holding.length ? holding : sets;
  const targets = new Map(keys.map((id) => {
    const found = new Set(candidates.filter((set) => set.items.includes(id)).map((set) => targetOf(set, id, current)));
    return [id, found.size === 1 ? [...found][0] : null];
  }));
  const out = {};
  const mapped = [];
  const unmapped = [];
  for (const id of keys) if (targets.get(id) === id) out[id] = answers[id];
  for (const id of keys) {
    const target = targets.get(id);
    if (target === id) continue;
    if (target !== null && !Object.hasOwn(out, target)) {
      out[target] = answers[id];
      mapped.push([id, target]);
    } else {
      unmapped.push(id);
    }
  }
  return { answers: out, mapped, unmapped };
}
