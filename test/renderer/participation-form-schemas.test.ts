import { describe, expect, it } from 'vitest';
import { eventFieldOf, eventFormSchema, eventValuesOf } from '../../renderer/src/features/participation/event-form-schema';
import { memberFieldOf, memberFormSchema, NEW_MEMBER } from '../../renderer/src/features/participation/member-form-schema';

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

const blank = eventValuesOf(null, 'zukunftswerkstatt');
const withCounts = (counts: Record<string, string>) => ({ ...blank, participants: { ...blank.participants, ...counts } });

describe('the event form', () => {
  it.each([
    ['an undated event of a format', blank, {}, { heldOn: null, participants: {} }],
    ['a date and counts as Germans type them', { ...withCounts({ buerger: '1.250', jugend: ' 12 ' }), date: '12.03.2026' }, {}, { heldOn: '2026-03-12', participants: { buerger: 1250, jugend: 12 } }],
    ['no format', { ...blank, formatId: '' }, { formatId: 'Bitte das Format wählen.' }, null],
    ['a date that does not exist', { ...blank, date: '31.02.2026' }, { date: 'Den 31.02.2026 gibt es nicht im Kalender.' }, null],
    ['a count that is no whole number', withCounts({ buerger: '12,5' }), { 'participants.buerger': 'Bitte eine ganze Zahl, z. B. 25.' }, null],
    ['a negative count', withCounts({ politik: '-3' }), { 'participants.politik': 'Die Zahl kann nicht negativ sein.' }, null],
    ['an implausible count', withCounts({ buerger: '200000' }), { 'participants.buerger': 'Die Zahl ist unplausibel groß.' }, null],
    ['a protocol longer than allowed', { ...blank, protocol: 'x'.repeat(50_001) }, { protocol: 'Höchstens 50000 Zeichen.' }, null],
  ])('%s', (_name, form, issues, expected) => {
    const result = eventFormSchema.safeParse(form);
    expect(issuesOf(result)).toEqual(issues);
    if (expected) expect(result.data).toMatchObject({ formatId: 'zukunftswerkstatt', ...expected });
  });

  it.each([
    ['event.heldOn', 'date'],
    ['event.formatId', 'formatId'],
    ['event.participants.buerger', 'participants.buerger'],
    ['event.participants.hacker', null],
    ['event.organisations.2.role', 'organisations.2.role'],
    ['event.priorityFields', null],
  ])('a backend issue at %s shows at %s', (path, field) => {
    expect(eventFieldOf(path)).toBe(field);
  });
});

describe('the project group member form', () => {
  it.each([
    ['a name and group', { ...NEW_MEMBER, name: 'Anna Beispiel' }, {}],
    ['no name', NEW_MEMBER, { name: 'Bitte den Namen angeben.' }],
    ['an end before the start', { ...NEW_MEMBER, name: 'A', from: '01.03.2026', until: '01.02.2026' }, { until: 'Das Ende der Mitgliedschaft liegt vor ihrem Beginn.' }],
    ['an unreadable date', { ...NEW_MEMBER, name: 'A', from: '1.13.2026' }, { from: expect.stringMatching(/\S/) }],
  ])('%s', (_name, form, issues) => {
    expect(issuesOf(memberFormSchema.safeParse(form))).toEqual(issues);
  });

  it.each([
    ['member.until', 'until'],
    ['member.name', 'name'],
    ['id', null],
  ])('a backend issue at %s shows at %s', (path, field) => {
    expect(memberFieldOf(path)).toBe(field);
  });
});
