import { defineMessages } from '../../define';

/** The recycling desk: gathering devices and recording the recycler's pickup. */
export const recyclingDeskMessages = defineMessages({
  fr: {
    'recyclingDesk.title': 'Recyclage',
    'recyclingDesk.loadWaiting': 'Ajouter tous les appareils « À recycler »',
    'recyclingDesk.loaded': '{count} appareil(s) à recycler ajouté(s) à la liste.',
    'recyclingDesk.alreadyListed': '{assetTag} est déjà dans la liste.',
    'recyclingDesk.sendAll': 'Envoyer au recyclage les {count} appareil(s) scanné(s)',
    'recyclingDesk.sent': '{count} appareil(s) envoyé(s) au recyclage et cochés pour l’enlèvement.',
    'recyclingDesk.confirmSendTitle': 'Envoyer {count} appareil(s) au recyclage ?',
    'recyclingDesk.confirmSend':
      'Ils sortent du circuit de réemploi et attendront l’enlèvement par le recycleur. Leurs supports devront être effacés et vérifiés, ou détruits, avant l’enlèvement.',
    'recyclingDesk.listTitle': 'Appareils pour cet enlèvement : {ticked} coché(s) sur {count}',
    'recyclingDesk.empty': 'Scannez les appareils qui partent, ou ajoutez tous ceux qui attendent le recyclage.',
    'recyclingDesk.inPickup': 'Part',
    'recyclingDesk.includeOne': 'Inclure {assetTag} dans l’enlèvement',
    'recyclingDesk.cannotSend': 'Ne peut pas être envoyé au recyclage depuis cet état.',
    'recyclingDesk.removeFromList': 'Retirer de la liste',
    'recyclingDesk.pickupTitle': 'Enlèvement par le recycleur ({count} appareil(s))',
    'recyclingDesk.nothingTicked': 'Cochez d’abord les appareils qui partent avec le recycleur.',
    'recyclingDesk.weightInvalid': 'Poids illisible : saisissez des kilogrammes, par exemple 12,5.',
    'recyclingDesk.recordPickup': 'Enregistrer l’enlèvement',
    'recyclingDesk.recorded': 'Enlèvement enregistré : {count} appareil(s) recyclé(s) par {recycler} (certificat {certificate}).',
    'recyclingDesk.recordedNoCertificate':
      'Enlèvement enregistré : {count} appareil(s) recyclé(s) par {recycler}, sans référence de certificat.',
    'recyclingDesk.rule':
      'Un enlèvement est enregistré par un coordinateur, un responsable sécurité des données ou un administrateur. Chaque appareil doit avoir ses supports effacés et vérifiés, ou détruits : sinon rien n’est enregistré.',
  },
  en: {
    'recyclingDesk.title': 'Recycling',
    'recyclingDesk.loadWaiting': 'Add every device "To recycle"',
    'recyclingDesk.loaded': '{count} device(s) to recycle added to the list.',
    'recyclingDesk.alreadyListed': '{assetTag} is already on the list.',
    'recyclingDesk.sendAll': 'Send the {count} scanned device(s) to recycling',
    'recyclingDesk.sent': '{count} device(s) sent to recycling and ticked for the pickup.',
    'recyclingDesk.confirmSendTitle': 'Send {count} device(s) to recycling?',
    'recyclingDesk.confirmSend':
      'They leave the reuse circuit and will wait for the recycler’s pickup. Their media must be erased and verified, or destroyed, before the pickup.',
    'recyclingDesk.listTitle': 'Devices for this pickup: {ticked} ticked of {count}',
    'recyclingDesk.empty': 'Scan the devices that are leaving, or add all those waiting for recycling.',
    'recyclingDesk.inPickup': 'Leaves',
    'recyclingDesk.includeOne': 'Include {assetTag} in the pickup',
    'recyclingDesk.cannotSend': 'Cannot be sent to recycling from this state.',
    'recyclingDesk.removeFromList': 'Remove from list',
    'recyclingDesk.pickupTitle': 'Recycler’s pickup ({count} device(s))',
    'recyclingDesk.nothingTicked': 'First tick the devices leaving with the recycler.',
    'recyclingDesk.weightInvalid': 'Unreadable weight: enter kilograms, e.g. 12.5.',
    'recyclingDesk.recordPickup': 'Record the pickup',
    'recyclingDesk.recorded': 'Pickup recorded: {count} device(s) recycled by {recycler} (certificate {certificate}).',
    'recyclingDesk.recordedNoCertificate':
      'Pickup recorded: {count} device(s) recycled by {recycler}, without a certificate reference.',
    'recyclingDesk.rule':
      'A pickup is recorded by a coordinator, a data-security officer or an administrator. Every device must have its media erased and verified, or destroyed: otherwise nothing is recorded.',
  },
});
