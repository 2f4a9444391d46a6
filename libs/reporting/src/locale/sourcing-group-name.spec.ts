import { LocaleCatalog } from './locale-catalog.js';
import { sourcingGroupName } from './sourcing-group-name.js';

const catalog = new LocaleCatalog(
  'en',
  { groups: { inHouse: 'In-house', agency: 'Agency: {name}', unassigned: 'Unassigned', unknown: 'Unknown' } },
  'test',
);

describe('sourcingGroupName', () => {
  it('names the stored group keys', () => {
    expect(sourcingGroupName('in_house', catalog)).toBe('In-house');
    expect(sourcingGroupName('agency:CallCo', catalog)).toBe('Agency: CallCo');
    expect(sourcingGroupName(null, catalog)).toBe('Unassigned');
    expect(sourcingGroupName('unknown', catalog)).toBe('Unknown');
  });

  it('leaves other labels as they are', () => {
    expect(sourcingGroupName('Weekend cover', catalog)).toBe('Weekend cover');
  });
});
