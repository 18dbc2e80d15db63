/**
 * Agreement texts per programme (coordinators and administrators), and the signatures and signed paper copies
 * collected at the handover and returns desks.
 */
import { z } from 'zod';
import { TEMPLATE_MAX_LENGTH } from '../domain/agreement-template';
import { CLAUSE_VARIANTS } from '../domain/agreement-variants';
import { COORDINATION, TARGET_ITEMS } from '../domain/lending';
import {
  PNG_DATA_URL_PREFIX,
  SIGNATURE_MAX_BYTES,
  SIGNATURE_MODES,
  SIGNED_COPY_MAX_BYTES,
  SIGNED_COPY_MEDIA_TYPES,
  SIGNERS,
} from '../domain/signatures';
import { method } from './define';
import { id, requiredText } from './fields';
import type { AgreementTemplate, HandoverSignatures, SignatureInfo, SignedCopyInfo } from './agreements-types';

const COUNTERS = ['technician', 'coordinator', 'admin'] as const;

const templateKey = { programmeId: id, variant: z.enum(CLAUSE_VARIANTS), lang: z.enum(['fr', 'en']) };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

const base64Of = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .refine((value) => BASE64.test(value), 'not_base64');

/** The handover itself, or one of its returns. */
const subject = z.discriminatedUnion('type', [
  z.object({ type: z.literal('handover'), handoverId: id }),
  z.object({ type: z.literal('return'), handoverId: id, returnId: id }),
]);

export const agreementsContract = {
  'agreementTemplates.get': method<AgreementTemplate>()({ input: z.object(templateKey), roles: COORDINATION }),
  /** Refused whole, with the placeholder or brace named, when the text does not parse. */
  'agreementTemplates.save': method<AgreementTemplate>()({
    input: z.object({ ...templateKey, body: z.string().max(TEMPLATE_MAX_LENGTH) }),
    roles: COORDINATION,
  }),
  /** Back to Rebond's default text. */
  'agreementTemplates.reset': method<AgreementTemplate>()({ input: z.object(templateKey), roles: COORDINATION }),
  'agreementTemplates.setValues': method<AgreementTemplate>()({
    input: z.object({
      ...templateKey,
      values: z
        .array(z.object({ item: z.enum(TARGET_ITEMS), valueCents: z.number().int().min(0).max(100_000_00) }))
        .max(TARGET_ITEMS.length)
        .refine((values) => new Set(values.map((value) => value.item)).size === values.length, 'duplicate_target'),
    }),
    roles: COORDINATION,
  }),

  'signatures.list': method<HandoverSignatures>()({ input: z.object({ handoverId: id }), roles: COUNTERS }),
  /** A signature drawn on the pad (PNG data URL), or the choice to sign the printed copy on paper. */
  'signatures.save': method<SignatureInfo>()({
    input: z
      .object({
        subject,
        signer: z.enum(SIGNERS),
        mode: z.enum(SIGNATURE_MODES),
        dataUrl: z
          .string()
          .max(PNG_DATA_URL_PREFIX.length + Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4)
          .refine((value) => PNG_DATA_URL.test(value), 'png_data_url')
          .nullable()
          .default(null),
      })
      .refine((value) => (value.mode === 'drawn') === (value.dataUrl !== null), {
        path: ['dataUrl'],
        message: 'drawn_needs_image',
      }),
    roles: COUNTERS,
  }),
  /** A scanned copy of the paper signed at the counter: hashed and kept with the handover. */
  'signatures.attachCopy': method<SignedCopyInfo>()({
    input: z.object({
      subject,
      fileName: requiredText(200),
      mediaType: z.enum(SIGNED_COPY_MEDIA_TYPES),
      base64: base64Of(SIGNED_COPY_MAX_BYTES),
    }),
    roles: COUNTERS,
  }),
};
