import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';

/**
 * The server's own pages (not reports): handlebars templates in apps/server/views, compiled once with an
 * isolated Handlebars instance. Found by walking up from this module, which runs from source and from dist.
 */
@Injectable()
export class PageRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly templates = new Map<string, Handlebars.TemplateDelegate>();
  private readonly viewsDir = findViewsDir();

  constructor() {
    this.handlebars.registerHelper('isoDate', (d: Date | null) =>
      d ? new Date(d).toISOString().slice(0, 10) : '',
    );
    this.handlebars.registerHelper('isoTime', (d: Date | null) =>
      d ? new Date(d).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '',
    );
    const layout = fs.readFileSync(path.join(this.viewsDir, 'layout.hbs'), 'utf8');
    this.handlebars.registerPartial('layout', layout);
  }

  render(view: string, context: Record<string, unknown>): string {
    let template = this.templates.get(view);
    if (!template) {
      template = this.handlebars.compile(fs.readFileSync(path.join(this.viewsDir, `${view}.hbs`), 'utf8'), {
        strict: false,
      });
      this.templates.set(view, template);
    }
    return template(context);
  }
}

function findViewsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'apps', 'server', 'views');
    if (fs.existsSync(path.join(candidate, 'layout.hbs'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('apps/server/views/layout.hbs not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
