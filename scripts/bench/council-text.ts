// Realistic council report text for benchmarks: deterministic (seeded), so every run measures the same pages.
const SUBJECTS = ['The Strategic Director', 'The Executive Member for Children’s Services', 'The Head of Finance', 'Members of the Commission', 'The Corporate Parenting Board', 'The Youth Justice Service', 'The Director of Public Health', 'Officers'];
const VERBS = ['reported that', 'noted that', 'explained that', 'confirmed that', 'advised the Committee that', 'highlighted that'];
const CLAUSES = [
  'the number of children looked after had risen to 712, an increase of 4% on the previous quarter',
  'foster carer recruitment remained a priority, with 23 new households approved since April',
  'the Dedicated Schools Grant high needs block was forecast to overspend by £4.2m',
  'kinship care arrangements were supported through the new Family Network Plan pilot',
  'agency social worker usage had fallen to 14% following the recruitment and retention strategy',
  'the Council Tax support scheme consultation closed on 12 December with 1,143 responses',
  'residential placements for children with complex needs cost an average of £5,800 per week',
  'the SEND inspection action plan had been refreshed and would return in six months',
  'school place planning indicated a surplus of primary places in the west of the city',
  'the capital programme included £18.6m for new special school places at Millgate',
  'Ofsted had rated the authority’s services for children in care as good',
  'the Youth Summit had identified access to dentists and mental health support as priorities',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Lines of one page: a heading every few pages, then sentences wrapped to ~95 characters. */
export function councilPage(pageNumber: number, random = rng(pageNumber)): string[] {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  const lines: string[] = [];
  if (pageNumber % 7 === 1) lines.push(`${Math.ceil(pageNumber / 7) + 4}. ${pick(['Budget Monitoring Report', 'Children in Care Annual Report', 'SEND Improvement Update', 'School Place Planning', 'Youth Justice Plan'])}`, '');
  let current = '';
  while (lines.length < 38) {
    const sentence = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}. `;
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
