import { uuidV5 } from './uuid-v5.util.js';

describe('UUID v5', () => {
  test('matches the RFC 9562 example (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  test('one schedule slot, one id; another slot, another id', () => {
    const a = uuidV5('collect:acc:mentions@2026-11-02T10:00:00.000Z');
    expect(uuidV5('collect:acc:mentions@2026-11-02T10:00:00.000Z')).toBe(a);
    expect(uuidV5('collect:acc:mentions@2026-11-02T10:05:00.000Z')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
