// Moved to renderer/kernel/useResource.ts; kept only until renderer/features/share imports it from there (then delete this file).
export * from '../kernel/useResource';
