/** Unit and integration tests: domain code against real SQLite files, real fixtures, real PDFs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/unit'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|entities|domhandler|domutils|dom-serializer|domelementtype|approx-string-match)/)'],
  setupFiles: ['<rootDir>/tests/helpers/wire-pipeline.ts'],
  testTimeout: 30000,
};
