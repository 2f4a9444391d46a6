import { Command } from 'commander';
import { ReportBrandingRepository } from '#persistence';
import { ReportBrandingService, resolveBranding, type BrandingUpdate } from '#reporting';
import { CliError, withApp } from '../cli-context.js';

const RESETTABLE = ['name', 'logo', 'primary-colour', 'accent-colour', 'footer', 'locale'] as const;

/** `ledger report branding -w W [--name …] [--logo FILE] …`: what the workspace's reports are issued under. */
export function registerReportBranding(report: Command): void {
  report
    .command('branding')
    .description(
      "The name, logo, colours, footer and language of a workspace's reports (no option: show them)",
    )
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--name <text>', 'the name the reports are issued under (a consultant, a client)')
    .option('--logo <file>', 'a PNG or SVG file (up to 512 KB), stored inside the database as a data URI')
    .option('--primary-colour <#rrggbb>', 'headings and rules')
    .option('--accent-colour <#rrggbb>', 'highlights: the recommendation, the brand rule')
    .option('--footer <text>', 'a line printed at the end of every report and on every PDF page')
    .option('--locale <locale>', 'report language: en or de')
    .option('--reset <fields>', `comma-separated, back to the default: ${RESETTABLE.join(', ')}`)
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger report branding -w acme --name "Acme Consulting for Müller & Söhne" --logo logo.svg --primary-colour "#004488" --locale de',
    )
    .action(
      async (opts: {
        workspace: string;
        name?: string;
        logo?: string;
        primaryColour?: string;
        accentColour?: string;
        footer?: string;
        locale?: string;
        reset?: string;
      }) => {
        const update: BrandingUpdate = {
          name: opts.name,
          logoFile: opts.logo,
          primaryColour: opts.primaryColour,
          accentColour: opts.accentColour,
          footer: opts.footer,
          locale: opts.locale,
        };
        for (const field of (opts.reset ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)) {
          if (!(RESETTABLE as readonly string[]).includes(field))
            throw new CliError(`--reset: unknown field "${field}" (have: ${RESETTABLE.join(', ')})`);
          const key = (
            { logo: 'logoFile', 'primary-colour': 'primaryColour', 'accent-colour': 'accentColour' } as const
          )[field as 'logo'];
          (update as Record<string, unknown>)[key ?? field] = null;
        }
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          if (Object.values(update).some((v) => v !== undefined)) {
            try {
              await app.get(ReportBrandingService).update(workspace, update, new Date());
            } catch (error) {
              throw new CliError((error as Error).message);
            }
          }
          const stored = await app.get(ReportBrandingRepository).get(workspace.id);
          const { branding, locale } = await app.get(ReportBrandingService).resolve(workspace);
          const shown = resolveBranding(workspace.name, stored);
          console.log(`Report branding of ${workspace.slug}:`);
          console.log(`  name           ${shown.name}${stored?.displayName ? '' : '  (the workspace name)'}`);
          console.log(
            `  logo           ${branding.logoDataUri ? `${branding.logoDataUri.slice(5, branding.logoDataUri.indexOf(';'))}, ${Math.round((branding.logoDataUri.length * 3) / 4 / 1024)} KB` : 'none'}`,
          );
          console.log(`  primary colour ${shown.primaryColour}${stored?.primaryColour ? '' : '  (default)'}`);
          console.log(`  accent colour  ${shown.accentColour}${stored?.accentColour ? '' : '  (default)'}`);
          console.log(`  footer         ${shown.footerText ?? 'none'}`);
          console.log(`  language       ${locale}${stored?.locale ? '' : '  (the workspace locale)'}`);
        });
      },
    );
}
