import { z } from 'zod';
import type { OperatorRole } from '../domain/values';
import { method } from './define';

export interface AccessSettings {
  /** When on, operators holding one of `guardedRoles` must have a PIN to sign in, and cannot be saved without one. */
  pinRequired: boolean;
  guardedRoles: OperatorRole[];
}

export const accessContract = {
  'access.get': method<AccessSettings>()({ input: z.object({}), roles: ['admin'] }),
  'access.update': method<AccessSettings>()({ input: z.object({ pinRequired: z.boolean() }), roles: ['admin'] }),
};
