/**
 * Issue 15, "never a confident wrong answer": short passages in the shape of English, Welsh, Scottish
 * and Northern Irish minutes (committees, parish councils, police and crime panels, combined
 * authorities) where a careless parser would invent an owner, a due date, an action or an item. An
 * owner is only stated when the sentence gives someone a task; a due date only from an explicit
 * deadline after the meeting; otherwise null. Positive cases check that real assignments still work.
 * All passages are made up.
 */
import { parseMinutesText } from '../../../main/minutes';
import type { Decision } from '../../../shared/types/minutes';

type Slim = Pick<Decision, 'label' | 'text' | 'kind' | 'owner' | 'due'>;

const HEADERS: Record<string, string[]> = {
  english: ['Minutes of the Meeting of the Overview and Scrutiny Committee held on Tuesday 4 March 2025 at 6.30 pm', '', 'Present: Councillors A Brown (Chair), C Dale, E Frost', ''],
  parish: ['Minutes of the Meeting of the Ashby Vale Parish Council held on Tuesday 4 March 2025 at 7.30 pm', '', 'Present: Cllrs A Brown (Chair), C Dale, E Frost', ''],
  welsh: ['Minutes of the Meeting of the Corporate Scrutiny Committee held on Tuesday 4 March 2025 at 10.00 am', '', 'Present: Councillors A Brown (Chair), C Dale, E Frost', ''],
  scottish: ['Minute of Meeting of the Education Committee held on Tuesday 4 March 2025 at 10.00 am', '', 'Present: Councillors A Brown (Convener), C Dale, E Frost', ''],
  ni: ['Minutes of the Meeting of the Environment Committee held on Tuesday 4 March 2025 at 7.00 pm', '', 'Present: Alderman A Brown (Chair), Councillors C Dale, E Frost', ''],
  panel: ['Minutes of the Meeting of the Police and Crime Panel held on Tuesday 4 March 2025 at 10.00 am', '', 'Present: Councillors A Brown (Chair), C Dale, E Frost', ''],
  combined: ['Minutes of the Meeting of the Transport Committee of the Combined Authority held on Tuesday 4 March 2025 at 11.00 am', '', 'Present: Councillors A Brown (Chair), C Dale, E Frost', ''],
};

const parse = (style: keyof typeof HEADERS, ...lines: string[]) => parseMinutesText([...(HEADERS[style] ?? []), ...lines].join('\n'));
const decisions = (style: keyof typeof HEADERS, ...lines: string[]): Slim[] =>
  parse(style, ...lines).decisions.map(({ label, text, kind, owner, due }) => ({ label, text, kind, owner, due }));

describe('sentences that only report: no decision, no owner, no due date', () => {
  test.each<[string, keyof typeof HEADERS, string]>([
    ['thanks to officers', 'english', 'The Chair thanked the officers for the report.'],
    ['information given to the committee', 'english', 'The Committee was informed that the contract runs until 2027.'],
    ['what officers had done', 'english', 'It was reported that officers had written to the Minister.'],
    ['reported speech about the Clerk', 'parish', 'Councillor Patel said that the Clerk would write to the landowner about the hedge.'],
    ['a reminder with a date', 'parish', 'Members were reminded that nominations close by 31 January.'],
    ['a contract awarded in the past', 'parish', 'The Clerk reported that the grass cutting contract had been awarded in April.'],
    ['a member reporting his own past and plans', 'parish', 'Councillor Brown reported that he had contacted Highways and would chase for a reply.'],
    ['leave dates', 'parish', 'The Chair reminded Members that the Clerk would be on leave until 30 August.'],
    ['a speaker who would report', 'panel', 'The Panel received a presentation from the Chief Constable, who would report to the Panel in June.'],
    ['an officer advising', 'english', 'The Director advised that a further report would be brought to the Committee in September.'],
    ['an answer to a question', 'english', 'In response to a question, the Head of Finance said she would circulate the figures.'],
    ['a past meeting elsewhere', 'english', 'The Monitoring Officer reported that at its meeting on 14 January 2025 the Standards Committee had agreed to review the code.'],
    ['a request in discussion', 'english', 'Members asked that officers circulate the figures before the budget meeting in February.'],
    ['something noted, not agreed', 'parish', 'It was noted that the Clerk would write to the bus company by 31 March.'],
    ['a question and its answer', 'english', 'Councillor Dale asked when the works would be completed. The Head of Highways replied that they would be finished by the end of May.'],
    ['the Chair asking members', 'parish', 'The Chairman asked Members to send comments to the Clerk by 31 January.'],
    ['a police officer reporting plans', 'panel', 'The Committee heard from the Chief Inspector, who said officers would be deployed to the town centre by Christmas.'],
  ])('%s', (_name, style, line) => {
    expect(decisions(style, '5. Report of the Director', '', line)).toEqual([]);
  });

  test('after a speaker\'s account, "Officers would report …" carries on the reported speech', () => {
    expect(decisions('english', '5. Leisure Review', '', 'The Director introduced the report. Officers would report to Cabinet in October on the consultation.')).toEqual([]);
  });
  test('but without a speaker before it, "The Clerk would write … by 31 March" records a task', () => {
    expect(decisions('parish', '5. Hedges', '', 'Members discussed the hedge. The Clerk would write to the landowner by 31 March.')[0]).toMatchObject({
      kind: 'action',
      owner: 'the Clerk',
      due: '2025-03-31',
    });
  });
  test('"The Commissioner explained that the Chief Constable undertook to …" reports; nobody is given a task', () => {
    expect(decisions('panel', '5. Police and Crime Plan', '', 'The Commissioner explained that the Chief Constable undertook to review the policy last year.')).toEqual([]);
  });

  test('"She undertook to …" keeps the undertaking but names no owner', () => {
    const d = decisions('english', '5. Libraries', '', 'She undertook to circulate the opening hours to Members.');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: 'action', owner: null });
  });
  test('"ACTION: None", "Action: Noted" and "ACTION: TBC" name no action and no owner', () => {
    const d = decisions('parish', '5. Highways', '', 'ACTION: None', '', '6. Finance', '', 'Action: Noted', '', '7. Trees', '', 'The tree survey is due.', 'ACTION: TBC');
    expect(d).toEqual([]);
  });
});

describe('noting: kind noted, no owner, no due date', () => {
  test('"That the report be noted"', () => {
    expect(decisions('english', '5. Budget', '', 'RESOLVED that the report be noted.')).toEqual([
      { label: null, text: 'That the report be noted.', kind: 'noted', owner: null, due: null },
    ]);
  });
  test('"That the report be received" is noting', () => {
    expect(decisions('english', '5. Budget', '', 'RESOLVED that the report be received.')[0]).toMatchObject({ kind: 'noted', owner: null, due: null });
  });
  test('"Members noted that the Director would retire in March"', () => {
    const d = decisions('english', '5. Staffing', '', 'Members noted that the Director would retire in March.');
    expect(d.every((x) => x.kind === 'noted' && x.owner === null && x.due === null)).toBe(true);
  });
  test('noting what another body will do: "… the Cabinet would consider the report at its meeting on 20 March 2025"', () => {
    const d = decisions('english', '5. Budget', '', 'The Committee noted that the Cabinet would consider the report at its meeting on 20 March 2025.');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: 'noted', owner: null, due: null });
  });
  test('"notes that officers will report back in June" only notes', () => {
    expect(decisions('english', '5. Budget', '', 'RESOLVED that the Committee notes that officers will report back in June.')[0]).toMatchObject({
      kind: 'noted',
      owner: null,
      due: null,
    });
  });
  test('but "notes the update and asks officers to report back in June" gives officers a task', () => {
    expect(decisions('english', '5. Budget', '', 'RESOLVED that the Committee notes the update and asks officers to report back in June.')[0]).toMatchObject({
      kind: 'action',
      owner: 'officers',
      due: 'June 2025',
    });
  });
  test('a noted substitution stays procedural', () => {
    expect(decisions('english', '2. Substitutes', '', 'The Committee noted that Councillor H Smith had been appointed as substitute for Councillor Dale.')[0]).toMatchObject({
      kind: 'procedural',
      owner: null,
    });
  });
  test('Welsh: "PENDERFYNWYD nodi\'r adroddiad" (resolved to note the report)', () => {
    expect(decisions('welsh', '5. Adroddiad Blynyddol', '', "PENDERFYNWYD nodi'r adroddiad.")[0]).toMatchObject({ kind: 'noted', owner: null, due: null });
  });
});

describe('procedure and receiving reports', () => {
  test.each<[string, Decision['kind']]>([
    ['RESOLVED to receive the report.', 'noted'],
    ['RESOLVED that the Committee receive the report.', 'noted'],
    ['RESOLVED that the Committee move into private session for the following item.', 'procedural'],
    ['RESOLVED that Standing Orders be suspended to allow the meeting to continue.', 'procedural'],
  ])('%s → %s, with no owner or due date', (line, kind) => {
    expect(decisions('english', '5. Business', '', line)[0]).toMatchObject({ kind, owner: null, due: null });
  });
  test('"to receive a further report at the next meeting" is still an action due then', () => {
    expect(decisions('english', '5. Business', '', 'RESOLVED to receive a further report at the next meeting.')[0]).toMatchObject({ kind: 'action', due: 'next meeting' });
  });
});

describe('recommendations: kind recommendation, no owner', () => {
  test('"RESOLVED that the Cabinet be recommended to …"', () => {
    expect(decisions('english', '5. Budget', '', 'RESOLVED that the Cabinet be recommended to approve the revised budget.')[0]).toMatchObject({
      kind: 'recommendation',
      owner: null,
      due: null,
    });
  });
  test('a combined authority recommended to adopt', () => {
    expect(decisions('combined', '5. Bus Strategy', '', 'RESOLVED that the Combined Authority be recommended to adopt the strategy.')[0]).toMatchObject({
      kind: 'recommendation',
      owner: null,
    });
  });
  test('comments forwarded to Cabinet "for consideration at its meeting on 20 March 2025" are not due then', () => {
    expect(
      decisions('english', '5. Budget', '', 'RESOLVED that the comments of the Committee be forwarded to the Cabinet for consideration at its meeting on 20 March 2025.')[0],
    ).toMatchObject({ kind: 'recommendation', owner: null, due: null });
  });
});

describe('dates that are history or terms, not deadlines', () => {
  test('"following the decision of Cabinet at its meeting on 4 February 2025" (before this meeting)', () => {
    expect(decisions('english', '5. Fees', '', 'RESOLVED that, following the decision of Cabinet at its meeting on 4 February 2025, the revised fees be approved.')[0]?.due).toBeNull();
  });
  test('"the lease, which runs until March 2027, be renewed"', () => {
    expect(decisions('parish', '5. Pavilion', '', 'RESOLVED that the lease of the pavilion, which runs until March 2027, be renewed on the same terms.')[0]?.due).toBeNull();
  });
  test('"the grant awarded in January be confirmed"', () => {
    expect(decisions('parish', '5. Grants', '', 'RESOLVED that the grant of £500 awarded in January be confirmed.')[0]?.due).toBeNull();
  });
  test('"the scheme, approved by Cabinet in March, be implemented"', () => {
    expect(decisions('english', '5. Parking', '', 'RESOLVED that the scheme, approved by Cabinet in March, be implemented.')[0]?.due).toBeNull();
  });
  test('"the payments for March be approved" (the period, not a deadline)', () => {
    expect(decisions('parish', '5. Finance', '', 'RESOLVED that the payments for March be approved.')[0]?.due).toBeNull();
  });
  test('"which was approved in March" without commas still looks back', () => {
    expect(decisions('english', '5. Parking', '', 'RESOLVED that the scheme which was approved in March be implemented.')[0]?.due).toBeNull();
  });
  test('but "concerns that were raised … be reported to Highways by 30 April" looks forward', () => {
    expect(decisions('parish', '5. Highways', '', 'RESOLVED that the concerns that were raised by residents be reported to Highways by 30 April.')[0]?.due).toBe('2025-04-30');
  });
  test('"for April to September" is the term of a contract, not a deadline', () => {
    expect(decisions('parish', '5. Grass Cutting', '', 'RESOLVED that the grass cutting contract be awarded to Green Ltd for April to September.')[0]?.due).toBeNull();
  });
  test('the date of the next meeting is procedural, not a due date', () => {
    expect(decisions('parish', '9. Date of Next Meeting', '', 'RESOLVED that the next meeting be held on 5 May 2025 at 7.30 pm.')[0]).toMatchObject({
      kind: 'procedural',
      owner: null,
      due: null,
    });
  });
  test('minutes of an earlier meeting are approved, with no due date', () => {
    expect(decisions('parish', '2. Minutes', '', 'RESOLVED that the minutes of the meeting held on 4 February 2025 be approved as a correct record.')[0]).toMatchObject({
      kind: 'procedural',
      due: null,
    });
  });
});

describe('owners: only a person, post or body given the task', () => {
  test('"Council Tax will increase" names no owner', () => {
    expect(decisions('english', '5. Budget', '', 'RESOLVED that Council Tax will increase by 2.99% from April.')[0]?.owner).toBeNull();
  });
  test('"Christmas Lights will go up …": a capitalised thing is no person', () => {
    expect(decisions('parish', '5. Christmas', '', 'RESOLVED that Christmas Lights will go up on 1 December.')[0]?.owner).toBeNull();
  });
  test('a bare name given a task still owns it: "Chris Joyce to share …", "Village Green Trustees be asked to …"', () => {
    expect(decisions('english', '5. Events', '', 'RESOLVED that Chris Joyce to share with the panel information on the celebrations.')[0]?.owner).toBe('Chris Joyce');
    expect(decisions('parish', '5. Hedges', '', 'RESOLVED that Village Green Trustees be asked to cut the hedge.')[0]?.owner).toBe('Village Green Trustees');
  });
  test('"the budget for April be approved": the period of a budget is no due date', () => {
    expect(decisions('parish', '5. Budget', '', 'RESOLVED that the revised budget for April be approved.')[0]?.due).toBeNull();
  });
  test('"Members would welcome a site visit" gives Members no task', () => {
    expect(decisions('english', '5. Planning', '', 'RESOLVED that Members would welcome a site visit.')[0]?.owner).toBeNull();
  });
  test('"it was agreed for the Village Hall to be used …" gives the hall no task', () => {
    expect(decisions('parish', '5. Fete', '', 'After discussion it was agreed for the Village Hall to be used for the summer fete.').every((x) => x.owner === null)).toBe(true);
  });
  test('a report\'s own recommendations quoted before the resolution are not decisions', () => {
    const d = decisions(
      'english',
      '5. Charging Policy',
      '',
      'The report recommended that:',
      '1. That the Cabinet approve the new charging policy.',
      '2. That officers report back in six months.',
      '',
      'RESOLVED that the recommendations in the report be endorsed.',
    );
    expect(d.map((x) => x.text)).toEqual(['That the recommendations in the report be endorsed.']);
    expect(d[0]?.owner).toBeNull();
  });
  test('a bare "Recommendations" heading over the report\'s proposals, then a resolution on them', () => {
    const d = decisions(
      'english',
      '5. Budget',
      '',
      'Recommendations',
      '1. That Cabinet approves the budget.',
      '2. That the Chief Finance Officer reports quarterly.',
      '',
      'RESOLVED that the recommendations be agreed.',
    );
    expect(d.map((x) => x.text)).toEqual(['That the recommendations be agreed.']);
  });
});

describe('real assignments still give owner and due date', () => {
  test('"The Clerk to write … by 31 March"', () => {
    expect(decisions('parish', '5. Footpaths', '', 'The Clerk to write to the landowner by 31 March.')[0]).toMatchObject({ kind: 'action', owner: 'the Clerk', due: '2025-03-31' });
  });
  test('"Officers to report back to the next meeting"', () => {
    expect(decisions('english', '5. Footpaths', '', 'Officers to report back to the next meeting.')[0]).toMatchObject({ kind: 'action', owner: 'Officers', due: 'next meeting' });
  });
  test('"Cllr Frost agreed to contact the police …"', () => {
    expect(decisions('parish', '5. Speeding', '', 'Cllr Frost agreed to contact the police about speeding on Mill Lane.')[0]).toMatchObject({ kind: 'action', owner: 'Frost' });
  });
  test('"Mr Hughes agreed to circulate … within two weeks" (resolved against the meeting date)', () => {
    expect(decisions('parish', '5. Survey', '', 'Mr Hughes agreed to circulate the survey results within two weeks.')[0]).toMatchObject({
      kind: 'action',
      owner: 'Mr Hughes',
      due: '2025-03-18',
    });
  });
  test('"ACTION: Head of Planning" after the sentence', () => {
    expect(decisions('english', '5. Footpaths', '', 'The stile on footpath 12 needs repair.', 'ACTION: Head of Planning')[0]).toMatchObject({ kind: 'action', owner: 'Head of Planning' });
  });
  test('"It was agreed that the Clerk would respond … by 25 April" after a clause about a closing date', () => {
    const d = decisions('parish', '5. Consultation', '', 'Members discussed the consultation, which closes on 30 April. It was agreed that the Clerk would respond on behalf of the Council by 25 April.');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: 'action', owner: 'the Clerk', due: '2025-04-25' });
  });
  test('"RESOLVED that the Chief Executive be asked to write … by 30 June"', () => {
    expect(decisions('english', '5. Funding', '', 'RESOLVED that the Chief Executive be asked to write to the Secretary of State by 30 June.')[0]).toMatchObject({
      owner: 'the Chief Executive',
      due: '2025-06-30',
    });
  });
  test('"RESOLVED that officers report back to the Committee in six months"', () => {
    expect(decisions('english', '5. Housing', '', 'RESOLVED that officers report back to the Committee in six months.')[0]).toMatchObject({ owner: 'officers', due: '2025-09-04' });
  });
  test('"It was agreed that the Clerk would write to the bus operator in June"', () => {
    expect(decisions('parish', '5. Buses', '', 'It was agreed that the Clerk would write to the bus operator in June.')[0]).toMatchObject({ owner: 'the Clerk', due: 'June 2025' });
  });
  test('the Chief Constable undertaking to provide figures by 30 April (police and crime panel)', () => {
    expect(decisions('panel', '5. Response Times', '', 'The Chief Constable undertook to provide the Panel with the response times by 30 April.')[0]).toMatchObject({
      owner: 'the Chief Constable',
      due: '2025-04-30',
    });
  });
  test('a numbered resolution list: only the assigned point has an owner and a due date', () => {
    const d = decisions(
      'english',
      '5. Housing Performance',
      '',
      'RESOLVED',
      '1. That the report be noted.',
      '2. That the Head of Housing provide a briefing note to all Members by 31 May 2025.',
      '3. That the item be added to the work programme.',
    );
    expect(d.map((x) => [x.label, x.kind, x.owner, x.due])).toEqual([
      ['1', 'noted', null, null],
      ['2', 'action', 'the Head of Housing', '2025-05-31'],
      ['3', 'action', null, null],
    ]);
  });
  test('delegation "in consultation with" names the delegate, not the consultee', () => {
    expect(
      decisions('english', '5. Land Disposal', '', 'RESOLVED: That the Director of Place, in consultation with the Portfolio Holder, be authorised to agree the final terms.')[0]?.owner,
    ).toBe('the Director of Place');
  });
  test('a deferral to the next meeting is due then', () => {
    expect(decisions('english', '5. Leisure', '', 'RESOLVED that the matter be deferred until the next meeting.')[0]).toMatchObject({ kind: 'procedural', due: 'next meeting' });
  });
  test('"The Committee requested that the Director report back …" names the Director', () => {
    expect(decisions('english', '5. Libraries', '', 'The Committee requested that the Director of Communities report back to the next meeting.')[0]).toMatchObject({
      owner: 'the Director of Communities',
      due: 'next meeting',
    });
  });
});

describe('"agreed that …": the agreed clause names who acts, if anyone', () => {
  test('"The Committee agreed that officers would report back to the next meeting"', () => {
    expect(decisions('english', '5. Libraries', '', 'The Committee agreed that officers would report back to the next meeting.')[0]).toMatchObject({
      kind: 'action',
      owner: 'officers',
      due: 'next meeting',
    });
  });
  test('"Members agreed that the Clerk should obtain quotes by 30 April"', () => {
    expect(decisions('parish', '5. Bench', '', 'Members agreed that the Clerk should obtain quotes by 30 April.')[0]).toMatchObject({ owner: 'the Clerk', due: '2025-04-30' });
  });
  test('"agreed that non-committee members should only attend …" names nobody', () => {
    expect(decisions('english', '5. Procedure', '', 'The committee also agreed that non-committee members should only attend for the relevant items.')[0]?.owner).toBeNull();
  });
  test('"The Council agreed that Council Tax would rise by 3%" names nobody', () => {
    expect(decisions('parish', '5. Precept', '', 'The Council agreed that Council Tax would rise by 3%.')[0]?.owner).toBeNull();
  });
});

describe('Scottish DECISION blocks', () => {
  test('"The Committee agreed:-" only leads in; "(b) to instruct the Executive Director … to report back" names the Director', () => {
    const d = decisions(
      'scottish',
      '5. Attainment Report',
      '',
      'DECISION',
      'The Committee agreed:-',
      '(a) to note the report; and',
      '(b) to instruct the Executive Director of Education to report back to a future meeting.',
    );
    expect(d.map((x) => [x.label, x.kind, x.owner, x.due])).toEqual([
      ['a', 'noted', null, null],
      ['b', 'action', 'the Executive Director of Education', 'a future meeting'],
    ]);
  });
  test('"The Committee agreed to instruct the Chief Officer to report back … in three months"', () => {
    expect(
      decisions('scottish', '5. School Estate', '', 'DECISION', '', 'The Committee agreed to instruct the Chief Officer to report back to the Committee in three months.')[0],
    ).toMatchObject({ owner: 'the Chief Officer', due: '2025-06-04' });
  });
});

describe('Northern Irish "Moved … Seconded … and RESOLVED"', () => {
  test('"… and that the Commissioner be asked to provide an update at the next meeting" names the Commissioner', () => {
    const d = decisions('panel', '5. Precept', '', 'RESOLVED that the Panel notes the report and that the Commissioner be asked to provide an update at the next meeting.');
    expect(d[0]).toMatchObject({ kind: 'action', owner: 'the Commissioner', due: 'next meeting' });
  });
  test('a proposal noted by the Committee has no owner', () => {
    const d = decisions('ni', '5. Correspondence', '', 'Moved by Councillor Dale, Seconded by Alderman Brown and RESOLVED that the correspondence be noted.');
    expect(d[0]).toMatchObject({ kind: 'noted', owner: null, due: null });
  });
});

describe('items: numbered lines inside an item are not items', () => {
  test('a numbered list of report findings, times and page furniture', () => {
    const r = parse(
      'parish',
      '5. Community Safety',
      '',
      'The Inspector reported:',
      '1. Anti-social behaviour had fallen.',
      '2. Two arrests had been made.',
      '',
      '7.45 pm Councillor Dale left the meeting.',
      '',
      'Page 3 of 8',
      '',
      '6. Finance',
      '',
      'The following payments were approved:',
      '1234 Smith Landscaping £450.00',
      '1235 Village Hall £75.00',
    );
    expect(r.items.map((i) => [i.number, i.title])).toEqual([
      ['5', 'Community Safety'],
      ['6', 'Finance'],
    ]);
  });
});
