import { defineMessages } from '../define';

/** The donor report's PDF (issue 16): its summary and its device list; the shared words are in ./donor-report. */
export const donorReportPdfMessages = defineMessages({
  fr: {
    'donorReportPdf.period': 'Appareils reçus du {from} au {to}',
    'donorReportPdf.privacy':
      'Ce rapport dit ce que sont devenus les appareils donnés, sans dire à qui : il ne nomme ni bénéficiaire ni structure partenaire.',
    'donorReportPdf.outcomes': 'Devenir des appareils, par type',
    'donorReportPdf.kind': 'Type',
    'donorReportPdf.received': 'Reçus',
    'donorReportPdf.total': 'Total',
    'donorReportPdf.inProcess': 'Encore en cours de traitement, par étape : {stages}.',
    'donorReportPdf.byBatch': 'Lots reçus',
    'donorReportPdf.batch': 'Lot',
    'donorReportPdf.batchReceivedOn': 'Reçu le',
    'donorReportPdf.devices': 'Appareils',
    'donorReportPdf.list': 'Liste des appareils',
    'donorReportPdf.makeModel': 'Marque et modèle',
    'donorReportPdf.certificate': 'Certificat d’effacement',
    'donorReportPdf.certificateOn': 'Émis le',
    'donorReportPdf.certificateNote':
      'Certificat d’effacement : la référence et la date du dernier certificat émis pour l’appareil ; « — » : aucun certificat n’a été émis pour l’appareil.',
    'donorReportPdf.stage.ready': 'Prêt à remettre',
    'donorReportPdf.stageCount': '{stage} ({count})',
    'donorReportPdf.none': 'Aucun appareil de ce donateur n’a été reçu pendant la période.',
  },
  en: {
    'donorReportPdf.period': 'Devices received from {from} to {to}',
    'donorReportPdf.privacy':
      'This report says what became of the devices given, not to whom: no beneficiary and no partner organisation is named in it.',
    'donorReportPdf.outcomes': 'What became of the devices, by kind',
    'donorReportPdf.kind': 'Kind',
    'donorReportPdf.received': 'Received',
    'donorReportPdf.total': 'Total',
    'donorReportPdf.inProcess': 'Still in process, by stage: {stages}.',
    'donorReportPdf.byBatch': 'Batches received',
    'donorReportPdf.batch': 'Batch',
    'donorReportPdf.batchReceivedOn': 'Received on',
    'donorReportPdf.devices': 'Devices',
    'donorReportPdf.list': 'Device list',
    'donorReportPdf.makeModel': 'Make and model',
    'donorReportPdf.certificate': 'Erasure certificate',
    'donorReportPdf.certificateOn': 'Issued on',
    'donorReportPdf.certificateNote':
      'Erasure certificate: the reference and date of the latest certificate issued for the device; “—”: no certificate was issued for the device.',
    'donorReportPdf.stage.ready': 'Ready',
    'donorReportPdf.stageCount': '{stage} ({count})',
    'donorReportPdf.none': 'No device from this donor was received in the period.',
  },
});
