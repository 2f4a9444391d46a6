import { DEFAULT_SIGNATURE_PATTERN } from './signature-pattern.util.js';
import { extractSignature, signatureText } from './signature.util.js';

// Texts copied from /work/shared/data/twcs/sample.csv (Customer Support on Twitter, October 2017).
describe('signature at the end of a brand reply', () => {
  test('the default pattern is the one METRICS.md prints', () => {
    expect(DEFAULT_SIGNATURE_PATTERN).toBe('(?:\\^|-|\\u2013)\\s?([A-Z][A-Za-z]{1,11})$');
  });

  test.each([
    ['VirginTrains signs with a caret', '@105836 Have you tried from another device, Miriam ^MM', 'MM'],
    [
      'a question mark before the caret',
      "@105836 It's working OK from here, Miriam. Does this link help https://t.co/0m2mpH15eh ? ^MM",
      'MM',
    ],
    [
      'British Airways signs with a first name',
      '@105842 Very sorry to hear this.  We hope you get everything sorted.   Kind Regards ^Jools',
      'Jools',
    ],
    [
      'comcast signs with a hyphen, no space',
      '@105845 I understand this is a frustrating experience, please send a DM with your account information so I can look into this matter for you. -AD',
      'AD',
    ],
    [
      'Tesco signs with a spaced hyphen',
      "@105855 Hi Thomas, we operate a Think 25 policy at our stores. I'd be flattered to be ID'd. :-) - Helena",
      'Helena',
    ],
    ['an en dash works like a hyphen', 'Thanks for waiting \u2013 Anna', 'Anna'],
    ['trailing spaces do not hide it', 'All sorted now ^RR   \n', 'RR'],
  ])('%s', (_scenario, text, expected) => {
    expect(extractSignature(text, null)).toBe(expected);
  });

  test.each([
    [
      'Chase: a media link after the signature',
      '@105835 Your business means a lot to us. Please DM your name, zip code and additional details about your concern. ^RR https://t.co/znUu1VJn9r',
      'RR',
    ],
    [
      'HP: a link after the signature',
      '@105858 Hi Agoura, thanks for tweeting. Please refer to this article: https://t.co/BSsgjZARTc &amp; click the link to reply back. ^Rashmi https://t.co/a2xkfCrUG1',
      'Rashmi',
    ],
    [
      'UPS: two links and a double space after the signature',
      '@105859 UPS has a service called My Choice that will allow your packages to be delivered to UPS Store. ^ML  https://t.co/BPZKndqww1 https://t.co/wKJHDXWGRQ',
      'ML',
    ],
  ])('trailing links are dropped before matching (%s)', (_scenario, text, expected) => {
    expect(extractSignature(text, null)).toBe(expected);
  });

  test.each([
    [
      'AppleSupport never signs',
      '@105837 We can help. Which version of iOS are you on? You can find that in Settings &gt; General &gt; About. Reply in DM. https://t.co/GDrqU22YpT',
    ],
    [
      'a name without a marker is not a signature',
      '@105855 Hi Thomas, this is correct but this helps our store colleagues judge age and protect them from making underage sales. Amanda',
    ],
    [
      'a thread counter after the name hides it',
      "@105861 If that doesn't help please DM your full name, address and email including the browser and device so we can log this. Thanks - Lee 2/2",
    ],
    [
      'a hyphen before a link in mid-text',
      '@105836 LiveChat is online at the moment - https://t.co/SY94VtU8Kq or contact 03331 031 031 option 1, 4, 3 (Leave a message) to request a call back',
    ],
    [
      'SpotifyCares signs with a slash, which the default does not know',
      '@105840 Thanks. The distance could possibly affect playback. Does logging out &gt; restarting your device &gt; logging back in make a difference? /AY',
    ],
    ['a link alone', 'https://t.co/GDrqU22YpT'],
    ['empty text', ''],
  ])('no signature: %s', (_scenario, text) => {
    expect(extractSignature(text, null)).toBeNull();
  });

  test('an account override: SpotifyCares signs "/AY"', () => {
    const pattern = '/([A-Z]{2})$';
    expect(
      extractSignature(
        "@105840 You're welcome! If there's anything else we can help with, just give us a shout. We're here for you 😉 /CP",
        pattern,
      ),
    ).toBe('CP');
    expect(extractSignature('@105840 Brilliant ^RR', pattern)).toBeNull();
  });

  test('a blank override means the default pattern', () => {
    expect(extractSignature('Done ^RR', '  ')).toBe('RR');
  });

  test('an invalid override fails loudly, naming the pattern', () => {
    expect(() => extractSignature('Done ^RR', '([A-Z]+')).toThrow(/Invalid signature pattern "\(\[A-Z\]\+"/);
  });

  test('an override without a capturing group fails loudly', () => {
    expect(() => extractSignature('Done ^RR', '\\^[A-Z]+$')).toThrow(/capturing group 1/);
  });

  test('signatureText keeps what precedes the links, right-trimmed', () => {
    expect(signatureText('Sorted ^ML  https://t.co/a https://t.co/b  ')).toBe('Sorted ^ML');
  });
});
