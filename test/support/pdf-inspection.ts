// Reading a PDF the way a reader sees it: text per page (pdfjs-dist), the images painted on each page, and
// each page rendered to PNG (pdfjs-dist with @napi-rs/canvas, its optional dependency: an npm binary, no
// system package). Charts are canvases that Chromium prints as images.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface PdfPageContent {
  text: string;
  images: PdfImage[];
}

/** The series colours of the report's charts (reports/scripts/render-charts.js). */
export const CHART_BLUE = [0x00, 0x72, 0xb2];
export const CHART_ORANGE = [0xe6, 0x9f, 0x00];

// pdfjs-dist types its Node canvas factory as Object; in Node it hands out @napi-rs/canvas canvases.
interface NodeCanvasFactory {
  create(
    width: number,
    height: number,
  ): {
    canvas: HTMLCanvasElement & { toBuffer(mime: 'image/png'): Buffer };
    context: CanvasRenderingContext2D;
  };
}

export async function readPdf(pdf: Uint8Array): Promise<{ doc: PDFDocumentProxy; pages: PdfPageContent[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: PdfPageContent[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push({ text: text.replace(/\s+/g, ' '), images: await paintedImages(page) });
  }
  return { doc, pages };
}

async function paintedImages(page: PDFPageProxy): Promise<PdfImage[]> {
  const operators = await page.getOperatorList();
  const images: PdfImage[] = [];
  for (let i = 0; i < operators.fnArray.length; i += 1) {
    if (operators.fnArray[i] !== OPS.paintImageXObject) continue;
    const id = operators.argsArray[i][0] as string;
    const store = id.startsWith('g_') ? page.commonObjs : page.objs;
    images.push(await new Promise<PdfImage>((resolve) => store.get(id, resolve)));
  }
  return images;
}

/** Share of pixels within a small distance of an RGB colour; `channels` is 4 for RGBA image data. */
export function colourShare(data: Uint8ClampedArray, rgb: number[], channels = 4): number {
  let hits = 0;
  for (let p = 0; p < data.length; p += channels) {
    if (
      Math.abs(data[p] - rgb[0]) <= 6 &&
      Math.abs(data[p + 1] - rgb[1]) <= 6 &&
      Math.abs(data[p + 2] - rgb[2]) <= 6
    )
      hits += 1;
  }
  return hits / (data.length / channels);
}

/** Renders every page to `<dir>/<prefix>.page-N.png` and returns each page's RGBA pixels. */
export async function renderPagesToPng(
  doc: PDFDocumentProxy,
  dir: string,
  prefix: string,
): Promise<Uint8ClampedArray[]> {
  const pixels: Uint8ClampedArray[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const viewport = page.getViewport({ scale: 1.5 });
    const { canvas, context } = (doc.canvasFactory as NodeCanvasFactory).create(
      viewport.width,
      viewport.height,
    );
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    await writeFile(join(dir, `${prefix}.page-${number}.png`), canvas.toBuffer('image/png'));
    pixels.push(context.getImageData(0, 0, canvas.width, canvas.height).data);
  }
  return pixels;
}
