/** Browser tests: preview server + Debian Chromium driven by playwright-core, with axe-core. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|entities|domhandler|domutils|dom-serializer|domelementtype|approx-string-match)/)'],
  setupFiles: ['<rootDir>/tests/helpers/wire-pipeline.ts'],
  testTimeout: 120000,
};
