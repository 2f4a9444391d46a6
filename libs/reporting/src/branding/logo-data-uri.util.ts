// A logo file becomes a data: URI stored with the workspace's branding, so a report carries its logo inside
// itself and never fetches one (the PDF renderer blocks the network, and a file must verify byte for byte).
import { readFile } from 'node:fs/promises';

/** Logos are printed a few centimetres wide; a larger file is almost certainly a mistake. */
export const MAX_LOGO_BYTES = 512 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The data URI of a PNG or SVG logo; anything else is refused with the reason. */
export function logoDataUri(content: Buffer, fileName = 'logo'): string {
  if (content.length === 0) throw new Error(`${fileName} is empty`);
  if (content.length > MAX_LOGO_BYTES) {
    throw new Error(`${fileName} has ${content.length} bytes; a logo may have at most ${MAX_LOGO_BYTES}`);
  }
  if (content.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    return `data:image/png;base64,${content.toString('base64')}`;
  }
  if (isSvg(content)) return `data:image/svg+xml;base64,${content.toString('base64')}`;
  throw new Error(`${fileName} is neither a PNG nor an SVG image`);
}

export async function logoDataUriFromFile(path: string): Promise<string> {
  return logoDataUri(await readFile(path), path);
}

// An SVG is XML whose root element is <svg>: skip a byte-order mark, the XML declaration, comments and a
// doctype before it. (Shown through <img>, an SVG runs no script and loads nothing: browsers forbid both.)
function isSvg(content: Buffer): boolean {
  let text = content
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  for (;;) {
    const trimmed = text.trimStart();
    const skipped = trimmed
      .replace(/^<\?xml[\s\S]*?\?>/, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .replace(/^<!DOCTYPE[^>]*>/i, '');
    if (skipped === trimmed) return /^<svg[\s>]/.test(trimmed);
    text = skipped;
  }
}
