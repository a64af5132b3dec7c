/**
 * The contract's limits the renderer checks before sending anything, copied here so the renderer
 * does not load shared/contract.ts (and with it zod and every method's schema) just for a number.
 * tests/unit/renderer/limits.test.ts keeps the copy equal to the contract's.
 */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
