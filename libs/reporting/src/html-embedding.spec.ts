import { cssForStyleElement, jsonForScriptElement, scriptForScriptElement } from './html-embedding.js';

describe('jsonForScriptElement', () => {
  const hostile = { label: '</script><script>alert(1)</script> <!-- & \u2028' };

  it('cannot close the script element or open a comment', () => {
    const json = jsonForScriptElement(hostile);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    expect(json).not.toContain('\u2028');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScriptElement(hostile))).toEqual(hostile);
  });
});

describe('scriptForScriptElement', () => {
  it('escapes closing tags inside trusted scripts', () => {
    expect(scriptForScriptElement('var s = "</SCRIPT>";')).toBe('var s = "<\\/SCRIPT>";');
  });
});

describe('cssForStyleElement', () => {
  it('refuses a stylesheet that would end its element', () => {
    expect(() => cssForStyleElement('a{} </style><script>')).toThrow(/<\/style/);
    expect(cssForStyleElement('a { color: red; }')).toBe('a { color: red; }');
  });
});
