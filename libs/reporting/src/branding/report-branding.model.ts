// How a report presents itself: the name it is issued under, a logo, two colours and a footer line. A
// consultant issues a client's reports under the client's name (or their own); every report kind uses it.
import { sha256Hex } from '../archive/data-fingerprint.util.js';

export interface ReportBranding {
  /** Printed at the top of every page and in the document title. */
  name: string;
  /** data:image/png;base64,… or data:image/svg+xml;base64,…; null: no logo. */
  logoDataUri: string | null;
  /** Headings and rules, `#rrggbb`. */
  primaryColour: string;
  /** Highlights (the recommendation box, table bands), `#rrggbb`. */
  accentColour: string;
  /** One line at the end of the report; null: none. */
  footerText: string | null;
}

/** The product's own colours (reports/styles/report.css), used where a workspace set none. */
export const DEFAULT_PRIMARY_COLOUR = '#0b5cad';
export const DEFAULT_ACCENT_COLOUR = '#7a4fa3';

/** A workspace's stored branding, null fields unset. */
export interface StoredBranding {
  displayName: string | null;
  logoDataUri: string | null;
  primaryColour: string | null;
  accentColour: string | null;
  footerText: string | null;
}

/**
 * The branding a report uses: the stored fields, else the workspace's name and the product's colours. Colours
 * and the logo are checked again here, not only when they were stored: they go into the report's CSS and an
 * image source, and a row changed behind the application's back must not get there.
 */
export function resolveBranding(workspaceName: string, stored: StoredBranding | null): ReportBranding {
  const logo = stored?.logoDataUri ?? null;
  return {
    name: stored?.displayName ?? workspaceName,
    logoDataUri: logo !== null && isLogoDataUri(logo) ? logo : null,
    primaryColour: colourOr(stored?.primaryColour, DEFAULT_PRIMARY_COLOUR),
    accentColour: colourOr(stored?.accentColour, DEFAULT_ACCENT_COLOUR),
    footerText: stored?.footerText ?? null,
  };
}

function colourOr(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  try {
    return normaliseColour(value);
  } catch {
    return fallback;
  }
}

/** Lower-case `#rrggbb`; `#rgb` is expanded. Anything else is refused: colours go into the report's CSS. */
export function normaliseColour(value: string): string {
  const text = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  throw new Error(`A colour must be #rrggbb or #rgb, got "${value}"`);
}

/** Whether a stored logo is a data URI the report may print (PNG or SVG, base64): nothing else gets in. */
export function isLogoDataUri(value: string): boolean {
  return /^data:image\/(?:png|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/.test(value);
}

/** The branding as a report's parameters record it: the logo by its SHA-256 rather than its bytes. */
export function brandingParameters(branding: ReportBranding): Record<string, unknown> {
  const { logoDataUri, ...rest } = branding;
  return { ...rest, logoSha256: logoDataUri ? sha256Hex(logoDataUri) : null };
}
