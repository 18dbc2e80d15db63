import { defineMessages } from '../../define';

/** The recycling desk: gathering devices and recording the recycler's pickup. */
export const recyclingDeskMessages = defineMessages({
  fr: {
    'recyclingDesk.title': 'Recyclage',
    'recyclingDesk.loadWaiting': 'Ajouter tous les appareils « À recycler »',
    'recyclingDesk.loaded': {
      one: '{count} appareil à recycler ajouté à la liste.',
      other: '{count} appareils à recycler ajoutés à la liste.',
    },
    'recyclingDesk.alreadyListed': '{assetTag} est déjà dans la liste.',
    'recyclingDesk.sendAll': {
      one: 'Envoyer au recyclage l’appareil scanné',
      other: 'Envoyer au recyclage les {count} appareils scannés',
    },
    'recyclingDesk.sent': {
      one: '{count} appareil envoyé au recyclage et coché pour l’enlèvement.',
      other: '{count} appareils envoyés au recyclage et cochés pour l’enlèvement.',
    },
    'recyclingDesk.confirmSendTitle': {
      one: 'Envoyer {count} appareil au recyclage ?',
      other: 'Envoyer {count} appareils au recyclage ?',
    },
    'recyclingDesk.confirmSend':
      'Ils sortent du circuit de réemploi et attendront l’enlèvement par le recycleur. Leurs supports devront être effacés et vérifiés, ou détruits, avant l’enlèvement.',
    'recyclingDesk.listTitle': {
      plural: 'ticked',
      one: 'Appareils pour cet enlèvement : {ticked} coché sur {count}',
      other: 'Appareils pour cet enlèvement : {ticked} cochés sur {count}',
    },
    'recyclingDesk.empty': 'Scannez les appareils qui partent, ou ajoutez tous ceux qui attendent le recyclage.',
    'recyclingDesk.inPickup': 'Part',
    'recyclingDesk.includeOne': 'Inclure {assetTag} dans l’enlèvement',
    'recyclingDesk.cannotSend': 'Ne peut pas être envoyé au recyclage depuis cet état.',
    'recyclingDesk.removeFromList': 'Retirer de la liste',
    'recyclingDesk.pickupTitle': {
      one: 'Enlèvement par le recycleur ({count} appareil)',
      other: 'Enlèvement par le recycleur ({count} appareils)',
    },
    'recyclingDesk.nothingTicked': 'Cochez d’abord les appareils qui partent avec le recycleur.',
    'recyclingDesk.weightInvalid': 'Poids illisible : saisissez des kilogrammes, par exemple 12,5.',
    'recyclingDesk.recordPickup': 'Enregistrer l’enlèvement',
    'recyclingDesk.recorded': {
      one: 'Enlèvement enregistré : {count} appareil recyclé par {recycler} (certificat {certificate}).',
      other: 'Enlèvement enregistré : {count} appareils recyclés par {recycler} (certificat {certificate}).',
    },
    'recyclingDesk.recordedNoCertificate': {
      one: 'Enlèvement enregistré : {count} appareil recyclé par {recycler}, sans référence de certificat.',
      other: 'Enlèvement enregistré : {count} appareils recyclés par {recycler}, sans référence de certificat.',
    },
    'recyclingDesk.rule':
      'Un enlèvement est enregistré par la coordination, le ou la responsable sécurité des données ou l’administration. Chaque appareil doit avoir ses supports effacés et vérifiés, ou détruits : sinon rien n’est enregistré.',
  },
  en: {
    'recyclingDesk.title': 'Recycling',
    'recyclingDesk.loadWaiting': 'Add every device "To recycle"',
    'recyclingDesk.loaded': {
      one: '{count} device to recycle added to the list.',
      other: '{count} devices to recycle added to the list.',
    },
    'recyclingDesk.alreadyListed': '{assetTag} is already on the list.',
    'recyclingDesk.sendAll': {
      one: 'Send the scanned device to recycling',
      other: 'Send the {count} scanned devices to recycling',
    },
    'recyclingDesk.sent': {
      one: '{count} device sent to recycling and ticked for the pickup.',
      other: '{count} devices sent to recycling and ticked for the pickup.',
    },
    'recyclingDesk.confirmSendTitle': {
      one: 'Send {count} device to recycling?',
      other: 'Send {count} devices to recycling?',
    },
    'recyclingDesk.confirmSend':
      'They leave the reuse circuit and will wait for the recycler’s pickup. Their media must be erased and verified, or destroyed, before the pickup.',
    'recyclingDesk.listTitle': 'Devices for this pickup: {ticked} ticked of {count}',
    'recyclingDesk.empty': 'Scan the devices that are leaving, or add all those waiting for recycling.',
    'recyclingDesk.inPickup': 'Leaves',
    'recyclingDesk.includeOne': 'Include {assetTag} in the pickup',
    'recyclingDesk.cannotSend': 'Cannot be sent to recycling from this state.',
    'recyclingDesk.removeFromList': 'Remove from list',
    'recyclingDesk.pickupTitle': {
      one: 'Recycler’s pickup ({count} device)',
      other: 'Recycler’s pickup ({count} devices)',
    },
    'recyclingDesk.nothingTicked': 'First tick the devices leaving with the recycler.',
    'recyclingDesk.weightInvalid': 'Unreadable weight: enter kilograms, e.g. 12.5.',
    'recyclingDesk.recordPickup': 'Record the pickup',
    'recyclingDesk.recorded': {
      one: 'Pickup recorded: {count} device recycled by {recycler} (certificate {certificate}).',
      other: 'Pickup recorded: {count} devices recycled by {recycler} (certificate {certificate}).',
    },
    'recyclingDesk.recordedNoCertificate': {
      one: 'Pickup recorded: {count} device recycled by {recycler}, without a certificate reference.',
      other: 'Pickup recorded: {count} devices recycled by {recycler}, without a certificate reference.',
    },
    'recyclingDesk.rule':
      'A pickup is recorded by a coordinator, a data-security officer or an administrator. Every device must have its media erased and verified, or destroyed: otherwise nothing is recorded.',
  },
});
