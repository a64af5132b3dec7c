// Realistic council report text for benchmarks, deterministic (seeded) so every run measures the same pages.
// Like real packs: each report has a topic with its own vocabulary, named places and schools are rare,
// and generic council wording appears everywhere, so queries range from very selective to very common.

const TOPICS: Array<{ title: string; clauses: string[] }> = [
  { title: 'Fostering Service Annual Report', clauses: ['foster carer recruitment remained a priority, with {n} new households approved', 'the fostering panel met {n} times and approved {n} connected persons carers', 'allowances for foster carers would rise by {p}% from April'] },
  { title: 'Kinship Care Strategy', clauses: ['kinship care arrangements were supported through the Family Network Plan pilot', 'special guardianship orders had increased to {n} this year', 'kinship carers reported difficulty accessing legal advice'] },
  { title: 'High Needs Block Recovery Plan', clauses: ['the Dedicated Schools Grant high needs block was forecast to overspend by £{m}m', 'the safety valve agreement required a balanced high needs budget by {y}', 'independent special school placements cost an average of £{k} per year'] },
  { title: 'SEND Inspection Action Plan', clauses: ['the area SEND inspection had identified {n} areas for improvement', 'education, health and care plans were issued within 20 weeks in {p}% of cases', 'parent carer forum feedback had shaped the refreshed action plan'] },
  { title: 'Children in Care Sufficiency Strategy', clauses: ['the number of children looked after had risen to {n}', 'residential placements for children with complex needs cost £{k} per week', 'two new children’s homes would open at {place} by {y}'] },
  { title: 'Social Work Workforce Strategy', clauses: ['agency social worker usage had fallen to {p}% following the retention strategy', 'caseloads averaged {n} children per social worker', 'international recruitment had brought {n} social workers to the city'] },
  { title: 'School Place Planning', clauses: ['school place planning indicated a surplus of {n} primary places in {place}', 'secondary admissions had risen by {p}% since {y}', 'the expansion of {school} would add {n} places'] },
  { title: 'Youth Justice Plan', clauses: ['first-time entrants to the youth justice system had fallen to {n}', 'the youth offending team worked with {n} young people on out-of-court disposals', 'reoffending rates were {p}% below the national average'] },
  { title: 'Public Health Annual Report', clauses: ['childhood immunisation uptake stood at {p}%', 'access to dentists remained the top concern raised at the Youth Summit', 'child and adolescent mental health waiting times averaged {n} weeks'] },
  { title: 'Revenue Budget Monitoring', clauses: ['the revenue budget was forecast to overspend by £{m}m at period {n}', 'Council Tax collection was {p}% against a target of 96%', 'reserves of £{m}m would be needed to balance the budget'] },
  { title: 'Capital Programme Update', clauses: ['the capital programme included £{m}m for special school places at {school}', 'slippage of £{m}m had been reported on highways schemes', 'the refurbishment of {place} library was complete'] },
  { title: 'Early Help and Family Hubs', clauses: ['family hubs had opened in {place} and {place}', 'early help assessments rose to {n} in the quarter', 'the Supporting Families programme had achieved {n} successful outcomes'] },
];
const GENERIC = [
  'Members of the Commission asked about the timetable for the next review',
  'the report would be considered by the Executive in {month}',
  'officers would provide a written update to members',
  'the Chair thanked officers for the report',
  'the equality impact assessment was attached as Appendix {a}',
  'the financial implications were set out in section {n} of the report',
  'the legal implications had been reviewed by the Monitoring Officer',
  'performance was reported against the Council’s corporate plan',
];
const PLACES = ['Aylestone', 'Braunstone', 'Belgrave', 'Evington', 'Humberstone', 'Knighton', 'Rushey Mead', 'Westcotes', 'Beaumont Leys', 'Abbey', 'Castle', 'Eyres Monsell', 'Fosse', 'Saffron', 'Stoneygate', 'Thurncourt', 'Wycliffe', 'North Evington', 'Spinney Hills', 'New Parks'];
const SCHOOL_A = ['Millgate', 'Ash Field', 'Oaklands', 'Riverside', 'Hope Hamilton', 'Keyham Lodge', 'Nether Hall', 'West Gate', 'Children’s Hospital', 'Ellesmere', 'High View', 'Beaumont', 'Merrydale', 'Woodstock', 'Sandfield', 'Granby'];
const SCHOOL_B = ['School', 'Academy', 'Primary School', 'College', 'Specialist School'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November', 'December'];

function rng(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Lines of page `pageNumber` (1-based across the whole library), about 3 KB of text. */
export function councilPage(pageNumber: number): string[] {
  const random = rng(pageNumber);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  // A report runs for about 8 pages on one topic, as in a real pack.
  const topic = TOPICS[Math.floor(rng(Math.floor(pageNumber / 8))() * TOPICS.length)] as (typeof TOPICS)[number];
  const fill = (template: string) =>
    template
      .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 900)))
      .replace(/\{p\}/g, () => String(1 + Math.floor(random() * 60)))
      .replace(/\{m\}/g, () => (random() * 40).toFixed(1))
      .replace(/\{k\}/g, () => `${(20 + Math.floor(random() * 300)).toLocaleString('en-GB')},000`)
      .replace(/\{y\}/g, () => String(2024 + Math.floor(random() * 6)))
      .replace(/\{month\}/g, () => pick(MONTHS))
      .replace(/\{a\}/g, () => pick(['A', 'B', 'C', 'D']))
      .replace(/\{place\}/g, () => pick(PLACES))
      .replace(/\{school\}/g, () => `${pick(SCHOOL_A)} ${pick(SCHOOL_B)}`);
  const lines: string[] = [];
  if (pageNumber % 8 === 0) lines.push(topic.title, '');
  let current = '';
  while (lines.length < 34) {
    const clause = random() < 0.45 ? pick(topic.clauses) : pick(GENERIC);
    const sentence = `${fill(clause).replace(/^./, (c) => c.toUpperCase())}. `;
    for (const word of sentence.split(' ')) {
      if ((current + word).length > 95) {
        lines.push(current.trim());
        current = '';
      }
      current += `${word} `;
    }
  }
  lines.push('', `Page ${pageNumber}`);
  return lines;
}
