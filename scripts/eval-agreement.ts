// `npm run eval:agreement -- FIRST SECOND`: how far two readers' labels of the same pages agree, per field, scored
// with the minutes evaluation's own scorer (scripts/eval/labels-agreement.ts). Pages are paired by their source file.
// `-- --overlap` pairs decisions by shared words rather than by their first 12 (scripts/eval/minutes-evaluate.ts).
import { agreementOfFolders } from './eval/labels-agreement';
import { formatReport } from './eval/minutes-evaluate';

const [first, second] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!first || !second) {
  console.error('Usage: npm run eval:agreement -- FIRST_LABELS_FOLDER SECOND_LABELS_FOLDER');
  process.exit(2);
}
const report = agreementOfFolders(first, second, { decisions: process.argv.includes('--overlap') ? 'overlap' : 'gist' });
console.log(`Two readers' labels of ${report.pages} pages${process.argv.includes('--overlap') ? ', decisions paired by shared words' : ''} (precision: the second reader's facts the first also wrote; recall: the first's the second also wrote):`);
console.log(formatReport(process.argv.includes('--differences') ? report : { ...report, misses: [] }));
if (report.unpaired.length) console.log(`\nLabelled by one reader only: ${report.unpaired.join(', ')}`);
let c = 0, p = 0, e = 0;
for (const f of report.fields) { c += f.correct; p += f.predicted; e += f.expected; }
console.log(JSON.stringify({ eval: 'agreement', pages: report.pages, unpaired: report.unpaired.length, precision: +(c / Math.max(p, 1)).toFixed(3), recall: +(c / Math.max(e, 1)).toFixed(3) }));
