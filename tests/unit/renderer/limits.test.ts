import { MAX_IMPORT_BYTES as contractMax, methods } from '../../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../../renderer/kernel/limits';

test("the renderer's import limit is the contract's", () => {
  expect(MAX_IMPORT_BYTES).toBe(contractMax);
});

test('every contract method name is a plain string the api proxy can answer', () => {
  for (const m of methods) expect(typeof m).toBe('string');
  expect(methods).not.toContain('then');
});
