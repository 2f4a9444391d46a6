// The strings of one report locale (reports/locales/<locale>.json). Keys are dot paths into the nested JSON.
// A missing key is an error, not a blank: a report with a hole in it would look finished and be wrong.

export interface MessageTree {
  [key: string]: string | MessageTree;
}

export class LocaleCatalog {
  /**
   * @param locale the report locale (en, de)
   * @param messages the parsed locale file
   * @param source where the messages came from, named in errors so the fix is obvious
   */
  constructor(
    readonly locale: string,
    private readonly messages: MessageTree,
    private readonly source: string,
  ) {}

  /** The BCP 47 tag for Intl formatting (meta.intlLocale, e.g. en-GB, de-DE). */
  get intlLocale(): string {
    return this.t('meta.intlLocale');
  }

  has(key: string): boolean {
    return typeof this.lookup(key) === 'string';
  }

  /** The string at `key`, with `{name}` placeholders replaced from `params`. */
  t(key: string, params: Record<string, unknown> = {}): string {
    const found = this.lookup(key);
    if (found === undefined) {
      throw new Error(`Missing locale string "${key}" for locale "${this.locale}" in ${this.source}`);
    }
    if (typeof found !== 'string') {
      throw new Error(
        `Locale key "${key}" for locale "${this.locale}" in ${this.source} is a group, not a string`,
      );
    }
    return found.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
      if (!(name in params) || params[name] === undefined || params[name] === null) {
        throw new Error(`Locale string "${key}" (${this.locale}) needs the parameter {${name}}`);
      }
      return String(params[name]);
    });
  }

  /** Every string key, sorted: lets a spec prove that all locales carry the same keys. */
  keys(): string[] {
    return flattenKeys(this.messages).sort();
  }

  private lookup(key: string): string | MessageTree | undefined {
    let node: string | MessageTree | undefined = this.messages;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
      node = node[part];
    }
    return node;
  }
}

function flattenKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}
