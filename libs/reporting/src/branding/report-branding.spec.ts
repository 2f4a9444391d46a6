import { logoDataUri, MAX_LOGO_BYTES } from './logo-data-uri.util.js';
import { isLogoDataUri, normaliseColour, resolveBranding } from './report-branding.model.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('report branding', () => {
  it('takes a PNG and an SVG logo as data URIs that the report may print', () => {
    const png = logoDataUri(PNG, 'logo.png');
    expect(png).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    const svg = logoDataUri(
      Buffer.from(
        '\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      ),
    );
    expect(svg.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(isLogoDataUri(png) && isLogoDataUri(svg)).toBe(true);
  });

  it('refuses what is not a PNG or SVG, an empty file and a file too large to be a logo', () => {
    expect(() => logoDataUri(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpg')).toThrow(
      'photo.jpg is neither a PNG nor an SVG image',
    );
    expect(() => logoDataUri(Buffer.from('<html><svg></svg></html>'), 'page.html')).toThrow(/neither/);
    expect(() => logoDataUri(Buffer.alloc(0), 'empty.png')).toThrow('empty.png is empty');
    const huge = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(() => logoDataUri(huge, 'huge.png')).toThrow(/at most 524288/);
    expect(isLogoDataUri('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
    expect(isLogoDataUri('https://example.com/logo.png')).toBe(false);
  });

  it('accepts colours as #rrggbb or #rgb only: they go into the report CSS', () => {
    expect(normaliseColour('#0B5CAD')).toBe('#0b5cad');
    expect(normaliseColour(' #abc ')).toBe('#aabbcc');
    for (const bad of ['red', '#12345', '#0b5cad;background:url(x)', 'rgb(0,0,0)'])
      expect(() => normaliseColour(bad)).toThrow(/#rrggbb/);
  });

  it("falls back to the workspace's name and the product's colours", () => {
    expect(resolveBranding('Acme', null)).toEqual({
      name: 'Acme',
      logoDataUri: null,
      primaryColour: '#0b5cad',
      accentColour: '#7a4fa3',
      footerText: null,
    });
    expect(
      resolveBranding('Acme', {
        displayName: 'Consultant for Acme',
        logoDataUri: null,
        primaryColour: '#004488',
        accentColour: null,
        footerText: 'Confidential',
      }),
    ).toMatchObject({ name: 'Consultant for Acme', primaryColour: '#004488', footerText: 'Confidential' });
  });

  it('drops a stored colour or logo that could not have been stored through the application', () => {
    const branding = resolveBranding('Acme', {
      displayName: null,
      logoDataUri: 'data:text/html;base64,PHNjcmlwdD4=',
      primaryColour: 'red;}body{display:none',
      accentColour: '#ABC',
      footerText: null,
    });
    expect(branding).toMatchObject({ logoDataUri: null, primaryColour: '#0b5cad', accentColour: '#aabbcc' });
  });
});
