// The fonts a PDF's pages use, as pdfjs-dist loads them: whether each one's font program is inside the file
// (embedded) or left to the reader's machine (missing), and whether it is a subset (a "ABCDEF+" name prefix).
import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFontUse {
  page: number;
  name: string;
  embedded: boolean;
  subset: boolean;
}

interface LoadedFont {
  name?: string;
  missingFile?: boolean;
}

export async function fontsOf(doc: PDFDocumentProxy): Promise<PdfFontUse[]> {
  const fonts: PdfFontUse[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const operators = await page.getOperatorList();
    const seen = new Set<string>();
    for (let i = 0; i < operators.fnArray.length; i += 1) {
      if (operators.fnArray[i] !== OPS.setFont) continue;
      const id = operators.argsArray[i][0] as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const font = await new Promise<LoadedFont>((resolve) => page.commonObjs.get(id, resolve));
      const name = font.name ?? id;
      fonts.push({
        page: number,
        name,
        embedded: font.missingFile === false,
        subset: /^[A-Z]{6}\+/.test(name),
      });
    }
  }
  return fonts;
}
