import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Endpoint } from '../auth/auth.decorators.js';
import { ApiErrorDto } from '../http/api-error.js';

export class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
}

export class ReadinessDto {
  @ApiProperty({ example: 'ready' }) status: string;
  @ApiProperty({ example: 'reachable' }) database: string;
  @ApiProperty({ example: 'current' }) migrations: string;
}

/** Liveness (the process answers) and readiness (the database answers and its schema is current). */
@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('health')
  @Endpoint({ operationId: 'getHealth', summary: 'The process is alive', public: true })
  @ApiOkResponse({ type: HealthDto })
  health(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Endpoint({
    operationId: 'getReadiness',
    summary: 'Database reachable and migrations current',
    public: true,
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({
    type: ApiErrorDto,
    description: 'not_ready: the message says which check failed',
  })
  async ready(): Promise<ReadinessDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      throw new ServiceUnavailableException({
        code: 'not_ready',
        message: `database unreachable: ${(error as Error).message}`,
      });
    }
    if (await this.dataSource.showMigrations())
      throw new ServiceUnavailableException({
        code: 'not_ready',
        message: 'migrations pending: restart the server to apply them',
      });
    return { status: 'ready', database: 'reachable', migrations: 'current' };
  }
}
