import { isRepostOfOtherType, kindOfPostType } from './platform-name.util.js';

describe("a tool's post type", () => {
  test.each([
    ['Retweet', true],
    ['Re-Tweet', true],
    ['Repost', true],
    ['Reblog', true],
    ['Share', true],
    ['Shared post', true],
    ['Quote Tweet', false],
    ['Quote repost', false],
    ['Post', false],
    ['Reply', false],
    ['Shareholder update', false],
  ])('%s is a repost of others: %s', (type, expected) => {
    expect(isRepostOfOtherType(type)).toBe(expected);
  });

  test('a repost is published as a post', () => {
    expect(kindOfPostType('Retweet')).toBe('post');
  });
});
