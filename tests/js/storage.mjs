// Test helper: a localStorage stand-in (not a test file itself).

/** A localStorage stand-in with a quota in characters, as browsers count it. */
export function memoryStorage(initial = {}, quota = Infinity) {
  const values = new Map(Object.entries(initial));
  const used = () => [...values].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    values,
    get length() { return values.size; },
    key: (i) => [...values.keys()][i] ?? null,
    getItem: (k) => (values.has(k) ? values.get(k) : null),
    setItem(k, v) {
      const before = values.get(k);
      values.set(k, String(v));
      if (used() > quota) {
        if (before === undefined) values.delete(k); else values.set(k, before);
        throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      }
    },
    removeItem: (k) => values.delete(k),
  };
}

