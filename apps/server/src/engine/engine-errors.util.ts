import { ConflictException, NotFoundException, type HttpException } from '@nestjs/common';
import { EngineSettingsError } from '#reporting';
import { fieldError } from '../accounts/accounts.service.js';

/** Runs a settings change and answers a refusal in the API's error body: 400 with the field, 404, or 409. */
export async function engineSettings<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof EngineSettingsError) throw toHttp(error);
    throw error;
  }
}

function toHttp(error: EngineSettingsError): HttpException {
  switch (error.problem) {
    case 'not_found':
      return new NotFoundException(error.message);
    case 'conflict':
      return new ConflictException({ code: 'conflict', message: error.message });
    default:
      return fieldError(error.field, error.message);
  }
}
