import { Injectable } from '@nestjs/common';
import { ReportRenderer } from './report-renderer.js';

/** One compiled template set per process, made on first use and shared by every report service. */
@Injectable()
export class ReportRendererProvider {
  private rendererPromise: Promise<ReportRenderer> | null = null;

  renderer(): Promise<ReportRenderer> {
    this.rendererPromise ??= ReportRenderer.create().catch((error: unknown) => {
      // A template error must not stick: the next report reads the templates again.
      this.rendererPromise = null;
      throw error;
    });
    return this.rendererPromise;
  }
}
