// `npm run eval:minutes`: precision and recall per field of the minutes parser over the labelled set.
// A label file (tests/fixtures/minutes/labels/*.json) names its source and the expected contract output;
// only the fields a label states are scored, so labels of cut-off excerpts can be partial.
import { evaluateLabelled, formatReport, loadLabels } from '../tests/fixtures/minutes/evaluate';

const labels = loadLabels();
const report = evaluateLabelled(labels);
console.log(formatReport(report));
const failing = report.fields.filter((f) => f.precision < 0.9 || f.recall < 0.9);
console.log(JSON.stringify({ eval: 'minutes', files: labels.length, fields: report.fields.length, belowTarget: failing.map((f) => f.field) }));
process.exit(failing.length ? 1 : 0);
