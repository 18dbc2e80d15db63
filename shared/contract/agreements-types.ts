/** What the agreement template and signature methods return. */
import type { PlaceholderId } from '../domain/agreement-placeholders';
import type { ClauseVariant } from '../domain/agreement-variants';
import type { TargetItem } from '../domain/lending';
import type { Signer, SignatureMode, SignedCopyMediaType } from '../domain/signatures';
import type { Lang } from '../i18n/define';

export interface ItemValue {
  item: TargetItem;
  valueCents: number;
}

/** A programme's clause text for one variant and one language, with what the editor needs beside it. */
export interface AgreementTemplate {
  programmeId: number;
  programmeName: string;
  variant: ClauseVariant;
  lang: Lang;
  body: string;
  /** False while the programme prints Rebond's default text. */
  custom: boolean;
  defaultBody: string;
  updatedAt: string | null;
  updatedBy: { id: number; name: string } | null;
  /** The placeholders this variant may use, by their name in `lang`. */
  placeholders: { id: PlaceholderId; name: string }[];
  /** Reference values per item printed in the equipment table and totalled in `{valeur_totale}`. */
  itemValues: ItemValue[];
  /** The retention the data-protection clause quotes, from the privacy setting. */
  retentionMonths: number;
  organisationName: string | null;
}

export interface SignatureInfo {
  id: number;
  handoverId: number;
  returnId: number | null;
  signer: Signer;
  mode: SignatureMode;
  /** The drawn signature as a PNG data URL, for the desk to show it back; null for a paper signature. */
  dataUrl: string | null;
  sha256: string | null;
  capturedBy: { id: number; name: string };
  capturedAt: string;
}

export interface SignedCopyInfo {
  id: number;
  handoverId: number;
  returnId: number | null;
  fileName: string;
  mediaType: SignedCopyMediaType;
  size: number;
  sha256: string;
  attachedBy: { id: number; name: string };
  attachedAt: string;
}

export interface HandoverSignatures {
  handoverId: number;
  /** The signers this handover's agreement has a block for (a guardian only for a minor). */
  signers: Signer[];
  signatures: SignatureInfo[];
  copies: SignedCopyInfo[];
}
