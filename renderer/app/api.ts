// Moved to renderer/kernel/api.ts; kept only until renderer/features/share imports it from there (then delete this file).
export * from '../kernel/api';
