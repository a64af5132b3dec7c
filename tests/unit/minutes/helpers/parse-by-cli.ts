import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../../../main/cli';
import type { ParsedMinutes } from '../../../../shared/types/minutes';
import { makeTempDir } from '../../../helpers/temp-dir';

/** The page read as a member's CLI reads it: `parse-minutes FILE --json`, which must succeed. */
export async function parseByCli(text: string): Promise<ParsedMinutes> {
  const temp = makeTempDir();
  const file = path.join(temp.dir, 'page.txt');
  fs.writeFileSync(file, text);
  const lines: string[] = [];
  const code = await run(['parse-minutes', file, '--json'], (line) => lines.push(line));
  temp.cleanup();
  expect(code).toBe(0);
  const out = JSON.parse(lines.join('\n')) as ParsedMinutes | { minutes: ParsedMinutes };
  return 'minutes' in out ? out.minutes : out;
}
