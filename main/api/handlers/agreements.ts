import type { agreementsContract } from '../../../shared/contract/agreements';
import type { HandlersFor } from '../dispatch';
import {
  getAgreementTemplate,
  resetAgreementTemplate,
  saveAgreementTemplate,
  setItemValues,
} from '../../services/agreement-templates';
import { attachSignedCopy, listSignatures, saveSignature } from '../../services/signatures';

export const agreementsHandlers: HandlersFor<typeof agreementsContract> = {
  'agreementTemplates.get': (input, { store }) => getAgreementTemplate(store, input),
  'agreementTemplates.save': (input, { store, actor }) => saveAgreementTemplate(store, actor, input),
  'agreementTemplates.reset': (input, { store, actor }) => resetAgreementTemplate(store, actor, input),
  'agreementTemplates.setValues': (input, { store, actor }) => setItemValues(store, actor, input),
  'signatures.list': (input, { store, actor }) => listSignatures(store, actor, input.handoverId),
  'signatures.save': (input, { store, actor }) => saveSignature(store, actor, input),
  'signatures.attachCopy': (input, { store, actor }) => attachSignedCopy(store, actor, input),
};
