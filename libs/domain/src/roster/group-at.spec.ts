import {
  groupAt,
  groupAtResolver,
  groupPeriodsWithin,
  latestGroup,
  placeInGroup,
  type GroupMembershipFact,
} from './group-at.util.js';

const at = (iso: string) => new Date(iso);
const MARA = 'mara';
const AGENCY = 'agency:BrightReply';

// Mara: agency since always, staff from 1 December, and a colleague who never moved.
const memberships: GroupMembershipFact[] = [
  { operatorId: MARA, group: AGENCY, from: null, to: at('2026-12-01T00:00:00Z') },
  { operatorId: MARA, group: 'in_house', from: at('2026-12-01T00:00:00Z'), to: null },
  { operatorId: 'tom', group: 'in_house', from: null, to: null },
];

describe('groupAt', () => {
  test('the group valid at the instant, not the group today', () => {
    expect(groupAt(memberships, MARA, at('2026-10-14T12:00:00Z'))).toBe(AGENCY);
    expect(groupAt(memberships, MARA, at('2027-01-02T12:00:00Z'))).toBe('in_house');
  });

  test('from is inclusive, to is exclusive', () => {
    expect(groupAt(memberships, MARA, at('2026-11-30T23:59:59.999Z'))).toBe(AGENCY);
    expect(groupAt(memberships, MARA, at('2026-12-01T00:00:00Z'))).toBe('in_house');
  });

  test('open ends reach back to the beginning and forward for ever', () => {
    expect(groupAt(memberships, MARA, at('1970-01-01T00:00:00Z'))).toBe(AGENCY);
    expect(groupAt(memberships, 'tom', at('2100-01-01T00:00:00Z'))).toBe('in_house');
  });

  test('a gap between memberships, or an operator without any, is no group (null), not the latest group', () => {
    const withGap: GroupMembershipFact[] = [
      { operatorId: MARA, group: AGENCY, from: at('2026-09-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') },
      { operatorId: MARA, group: 'in_house', from: at('2026-12-01T00:00:00Z'), to: null },
    ];
    expect(groupAt(withGap, MARA, at('2026-11-15T00:00:00Z'))).toBeNull();
    expect(groupAt(withGap, MARA, at('2026-08-31T00:00:00Z'))).toBeNull();
    expect(groupAt(withGap, 'nobody', at('2026-10-01T00:00:00Z'))).toBeNull();
  });
});

describe('groupAtResolver', () => {
  test('reads the memberships when there are some, the undated group otherwise', () => {
    const groupOf = groupAtResolver([
      { id: MARA, name: 'Mara', sourcingGroup: 'in_house', memberships: memberships.slice(0, 2) },
      { id: 'old', name: 'Old fixture', sourcingGroup: 'agency:CallCo' },
      { id: 'seen', name: 'Seen in a signature', sourcingGroup: null },
    ]);
    expect(groupOf(MARA, at('2026-10-01T00:00:00Z'))).toBe(AGENCY);
    expect(groupOf(MARA, at('2026-12-01T00:00:00Z'))).toBe('in_house');
    expect(groupOf('old', at('2001-01-01T00:00:00Z'))).toBe('agency:CallCo');
    expect(groupOf('seen', at('2026-10-01T00:00:00Z'))).toBeNull();
    expect(groupOf('stranger', at('2026-10-01T00:00:00Z'))).toBeNull();
  });
});

describe('groupPeriodsWithin', () => {
  test('cuts an assignment at the move', () => {
    const pieces = groupPeriodsWithin(
      { id: MARA, name: 'Mara', sourcingGroup: 'in_house', memberships: memberships.slice(0, 2) },
      at('2026-11-01T00:00:00Z').getTime(),
      Infinity,
    );
    expect(pieces).toEqual([
      { from: at('2026-11-01T00:00:00Z').getTime(), to: at('2026-12-01T00:00:00Z').getTime(), group: AGENCY },
      { from: at('2026-12-01T00:00:00Z').getTime(), to: Infinity, group: 'in_house' },
    ]);
  });
});

describe('placeInGroup', () => {
  const dec1 = at('2026-12-01T00:00:00Z');

  test('the first group a person is given covers the whole past', () => {
    expect(placeInGroup([], AGENCY, at('2026-09-01T00:00:00Z'))).toEqual([
      { group: AGENCY, from: null, to: null },
    ]);
  });

  test('a move applies from its instant; the earlier period keeps the old group', () => {
    const moved = placeInGroup([{ group: AGENCY, from: null, to: null }], 'in_house', dec1);
    expect(moved).toEqual([
      { group: AGENCY, from: null, to: dec1 },
      { group: 'in_house', from: dec1, to: null },
    ]);
    expect(latestGroup(moved)).toBe('in_house');
  });

  test('stating a group again, or an older roster again, changes nothing', () => {
    const moved = placeInGroup([{ group: AGENCY, from: null, to: null }], 'in_house', dec1);
    expect(placeInGroup(moved, 'in_house', dec1)).toEqual(moved);
    expect(placeInGroup(moved, AGENCY, at('2026-09-01T00:00:00Z'))).toEqual(moved);
  });

  test('an earlier move runs until the next recorded one and merges with it when the group is the same', () => {
    const moved = placeInGroup([{ group: AGENCY, from: null, to: null }], 'in_house', dec1);
    const nov15 = at('2026-11-15T00:00:00Z');
    expect(placeInGroup(moved, 'in_house', nov15)).toEqual([
      { group: AGENCY, from: null, to: nov15 },
      { group: 'in_house', from: nov15, to: null },
    ]);
    const mar1 = at('2027-03-01T00:00:00Z');
    expect(placeInGroup(moved, 'agency:Other', mar1)).toEqual([
      { group: AGENCY, from: null, to: dec1 },
      { group: 'in_house', from: dec1, to: mar1 },
      { group: 'agency:Other', from: mar1, to: null },
    ]);
  });

  test('a change at the exact start of a period replaces that period', () => {
    const moved = placeInGroup([{ group: AGENCY, from: null, to: null }], 'in_house', dec1);
    expect(placeInGroup(moved, AGENCY, dec1)).toEqual([{ group: AGENCY, from: null, to: null }]);
  });
});
