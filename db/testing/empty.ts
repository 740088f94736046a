// Stands in for `server-only` under vitest: the marker throws outside a React server bundle,
// and tests import server modules directly.
export {};
