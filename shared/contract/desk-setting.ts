import { z } from 'zod';
import type { DeskSetting } from '../domain/desk-setting';
import { method } from './define';
import { requiredText } from './fields';

/** This machine's desk setting as the desktop app shows it (the browser edition and a hub answer that it is the app's). */
export interface DeskSettingView {
  setting: DeskSetting;
}

/** What a hub presents before it is trusted: its origin and its certificate's fingerprint, for a person to compare. */
export interface PresentedHub {
  origin: string;
  fingerprint: string;
}

export const deskSettingContract = {
  'deskSetting.get': method<DeskSettingView>()({ input: z.object({}), roles: ['admin'] }),
  /** Reads the certificate the hub at this address presents (a TLS handshake that sends nothing). */
  'deskSetting.probeHub': method<PresentedHub>()({
    input: z.object({ hubAddress: requiredText(300) }),
    roles: ['admin'],
  }),
  /**
   * Saves the setting, taken at the next start. A hub is saved only if it still presents the certificate whose
   * fingerprint the person confirmed; `actAsHub` is the address the app's own hub listens on, or null.
   */
  'deskSetting.save': method<DeskSettingView>()({
    input: z.object({
      hub: z.object({ hubAddress: requiredText(300), fingerprint: requiredText(120) }).nullable(),
      actAsHub: z.string().trim().max(60).nullable(),
    }),
    roles: ['admin'],
  }),
};
