/**
 * Decisions, round 41: elections told in the passive with more around them (a vote before, two people, an office
 * such as Responsible Finance Officer or the council's representatives, "stood for … and was elected"), and tasks
 * taken on with verbs and owners the earlier rounds did not know ("will enquire", "A Redman will read …"), as real
 * pages print them (set 49), written here with made-up councils and people.
 */
import { itemTwoDecisions } from './helpers/item-two';

const itemTwo = (sentence: string) => itemTwoDecisions(sentence).map((d) => ({ text: d.text, kind: d.kind, owner: d.owner }));

describe('elections told in the passive', () => {
  test.each([
    ['On a vote being taken Tom Farr was elected as Chair by 5 votes to 2.', 'Tom Farr was elected as Chair by 5 votes to 2.'],
    ['Mr Gill was unanimously voted in and duly appointed as a Parish Councillor.', 'Mr Gill was unanimously voted in and duly appointed as a Parish Councillor.'],
    ['The Clerk, Ann Hay, was confirmed as Responsible Finance Officer.', 'The Clerk, Ann Hay, was confirmed as Responsible Finance Officer.'],
    ['Dan Hart and Ali Stone were appointed as the Community Council\u2019s representatives on the forum.', 'Dan Hart and Ali Stone were appointed as the Community Council\u2019s representatives on the forum.'],
    ['Cllr Helen Rees stood for position of Chair of Council and was elected unopposed.', 'Cllr Helen Rees stood for position of Chair of Council and was elected unopposed.'],
  ])('"%s" is a procedural decision', (sentence, text) => {
    expect(itemTwo(sentence)).toEqual([{ text, kind: 'procedural', owner: null }]);
  });

  test.each([
    'It was confirmed as correct by the Clerk.',
    'The Clerk confirmed that the insurance had been renewed.',
    'Cllr Bell was appointed to the board of the trust in 2019 and reported on its work.',
  ])('"%s" is no election', (sentence) => {
    expect(itemTwo(sentence)).toEqual([]);
  });
});

describe('tasks taken on', () => {
  test.each([
    ['The Clerk will complete the necessary paperwork and inform the Elections Officer.', 'the Clerk'],
    ['Cllr Key will enquire about the horse riding signs.', 'Key'],
    ['A Redman will read through the existing policy and send any concerns to the Chair.', 'A Redman'],
    ['W Burditt to cost the newsletter in colour.', 'W Burditt'],
  ])('"%s" is an action owned by %s', (sentence, owner) => {
    expect(itemTwo(sentence)).toEqual([{ text: sentence, kind: 'action', owner }]);
  });

  test('"A Christmas tree will be erected." gives no one a task', () => {
    expect(itemTwo('A Christmas tree will be erected.').filter((d) => d.kind === 'action')).toEqual([]);
  });
});

describe('more decisions in prose and note form', () => {
  test.each([
    ['The Parish Council then followed its co-option procedure; Mr Gill was unanimously voted in and duly appointed as a Parish Councillor.', 'Mr Gill was unanimously voted in and duly appointed as a Parish Councillor.', 'procedural', null],
    ['Following advice from the Clerk, Alan Mann and Gary Robb were accepted onto the Community Council as full members.', 'Alan Mann and Gary Robb were accepted onto the Community Council as full members.', 'procedural', null],
    ['February\u2019s minutes were accepted, proposed by Ellen and seconded by Mary.', 'February\u2019s minutes were accepted, proposed by Ellen and seconded by Mary.', 'procedural', null],
    ['It was AGREED for Cllr Mrs Jones to purchase flowers for Cllr Mrs Bell.', 'Cllr Mrs Jones to purchase flowers for Cllr Mrs Bell.', 'action', 'Mrs Jones'],
    ['It was recommended that the partnership submit a response in support of the proposal.', 'That the partnership submit a response in support of the proposal.', 'recommendation', null],
    ['Letter/email to be sent to James Vale to keep him informed.', 'Letter/email to be sent to James Vale to keep him informed.', 'action', null],
    ['Community Action Trust \u2013 to be deferred to next meeting.', 'Community Action Trust \u2013 to be deferred to next meeting.', 'procedural', null],
  ])('"%s"', (sentence, text, kind, owner) => {
    expect(itemTwo(sentence)).toEqual([{ text, kind, owner }]);
  });

  test.each(['The Clerk reported that the bench was to be repaired.', 'Next meeting to be held on 4 June.', 'It was recommended by the auditor that the accounts be approved.'])('"%s" is no decision', (sentence) => {
    expect(itemTwo(sentence)).toEqual([]);
  });
});
