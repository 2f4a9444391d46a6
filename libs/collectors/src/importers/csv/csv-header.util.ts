/** Header names as exports spell them vary in case and spacing (`Post ID`, `post id`, ` Post  ID`). */
export function normaliseHeaderName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Where each (normalised) header name sits; a name may appear more than once. */
export class CsvHeaderIndex {
  private readonly positions = new Map<string, number[]>();

  constructor(readonly names: string[]) {
    names.forEach((name, position) => {
      const key = normaliseHeaderName(name);
      const list = this.positions.get(key);
      if (list) list.push(position);
      else this.positions.set(key, [position]);
    });
  }

  get width(): number {
    return this.names.length;
  }

  has(name: string): boolean {
    return this.positions.has(normaliseHeaderName(name));
  }

  /** Every position of the name (empty when absent). */
  all(name: string): number[] {
    return this.positions.get(normaliseHeaderName(name)) ?? [];
  }

  /** The first of the names that is present, as [name as written in the file, position]; null when none is. */
  first(...alternatives: string[]): { name: string; position: number } | null {
    for (const alternative of alternatives) {
      const [position] = this.all(alternative);
      if (position !== undefined) return { name: this.names[position].trim(), position };
    }
    return null;
  }

  /** Names used more than once among the given ones: reading either copy would be a guess. */
  duplicated(names: Iterable<string>): string[] {
    return [...names].filter((name) => this.all(name).length > 1);
  }

  /** Header names not among the used positions, as written (trimmed). */
  ignored(used: Iterable<number>): string[] {
    const taken = new Set(used);
    return this.names.map((n) => n.trim()).filter((_, position) => !taken.has(position));
  }
}
