// `npm run bench -- NAME`: runs one benchmark. Each prints its figures and, as its last line, one JSON object.
import { benches } from './registry';
import { wirePipeline } from '../../main/wiring';

wirePipeline();

async function main() {
  const name = process.argv[2];
  const bench = name ? benches[name] : undefined;
  if (!bench) {
    console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
    process.exit(2);
  }
  const result = await bench();
  console.log(JSON.stringify(result));
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
