// The headers an evidence download is sent with, for names and types someone else chose.
import { attachmentDisposition, safeMediaType } from './evidence-download.service.js';

describe('evidence download headers', () => {
  test('a file name cannot end the header, open inline or lose its letters', () => {
    expect(attachmentDisposition('Beschwerde "über"; x\\y.eml')).toBe(
      `attachment; filename="Beschwerde __ber_; x_y.eml"; filename*=UTF-8''Beschwerde%20%22%C3%BCber%22%3B%20x%5Cy.eml`,
    );
    expect(attachmentDisposition('a "b"\r\nSet-Cookie: x=1.txt')).toBe(
      `attachment; filename="a _b___Set-Cookie: x=1.txt"; filename*=UTF-8''a%20%22b%22%0D%0ASet-Cookie%3A%20x%3D1.txt`,
    );
    expect(attachmentDisposition("it's (1)*.png")).toBe(
      `attachment; filename="it's (1)*.png"; filename*=UTF-8''it%27s%20%281%29%2A.png`,
    );
    expect(attachmentDisposition('Übersicht 100%.pdf')).toBe(
      `attachment; filename="_bersicht 100_.pdf"; filename*=UTF-8''%C3%9Cbersicht%20100%25.pdf`,
    );
    expect(attachmentDisposition('')).toBe(`attachment; filename="evidence"; filename*=UTF-8''evidence`);
  });

  test('a media type with parameters or odd characters is served as octet-stream', () => {
    expect(safeMediaType('image/PNG')).toBe('image/png');
    expect(safeMediaType('message/rfc822')).toBe('message/rfc822');
    expect(safeMediaType('text/html; charset=utf-7')).toBe('application/octet-stream');
    expect(safeMediaType('text/html\r\nX: y')).toBe('application/octet-stream');
    expect(safeMediaType('')).toBe('application/octet-stream');
  });
});
