import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { InputError } from '#domain';
import { WorkspaceRepository, type WorkspaceEntity } from '#persistence';
import { CliModule } from './cli.module.js';

/** An error meant for the person at the terminal: printed without a stack trace. */
export class CliError extends InputError {}

/** Runs one command inside a Nest application context on the configured database, then closes it. */
export async function withApp<T>(fn: (app: CliApp) => Promise<T>): Promise<T> {
  const context = await NestFactory.createApplicationContext(CliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  context.enableShutdownHooks();
  try {
    return await fn(new CliApp(context));
  } finally {
    await context.close();
  }
}

export class CliApp {
  constructor(private readonly context: INestApplicationContext) {}

  get<T>(type: Type<T>): T {
    return this.context.get(type);
  }

  async workspace(slug: string, options: { create?: boolean } = {}): Promise<WorkspaceEntity> {
    const workspaces = this.get(WorkspaceRepository);
    if (options.create) return workspaces.ensure(slug);
    const found = await workspaces.findBySlug(slug);
    if (!found) {
      const known = (await workspaces.list()).map((w) => w.slug);
      throw new CliError(
        `No workspace "${slug}". Known: ${known.length ? known.join(', ') : 'none (import a file first)'}`,
      );
    }
    return found;
  }
}
