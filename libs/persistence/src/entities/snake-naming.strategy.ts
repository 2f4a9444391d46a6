import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

// Property names stay camelCase in TypeScript; columns are snake_case in SQL so that hand-written
// queries in repositories read naturally.
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return prefixes.map((p) => toSnake(p) + '_').join('') + (customName ?? toSnake(propertyName));
  }

  override relationName(propertyName: string): string {
    return toSnake(propertyName);
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return toSnake(relationName + '_' + referencedColumnName);
  }
}

function toSnake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
