// Moved to renderer/kernel/router.ts; kept only until renderer/features/share imports it from there (then delete this file).
export * from '../kernel/router';
