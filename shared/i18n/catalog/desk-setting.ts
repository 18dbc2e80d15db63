import type { DeskSettingErrorCode } from '../../desk-setting-errors';
import { defineMessages, type Messages } from '../define';

/**
 * The desk setting (this computer's own store, a desk of a hub, or the site's hub itself): `rebond desk`, the
 * shell's start, and the fingerprint a person compares on the hub's screen and the desk's.
 */
export const deskSettingMessages = defineMessages({
  fr: {
    'desk.menuPairingCode': 'Code d’appairage d’un nouveau poste…',
    'desk.pairingNotice':
      'Code d’appairage : {code}\n(valable jusqu’à {until}, une seule fois)\n\nEmpreinte du certificat du hub, à comparer avec celle de l’écran d’appairage du poste :\n{fingerprint}',
    'desk.ownDeskName': 'Poste du hub',
    'desk.menuBackToLocal': 'Travailler sur la base de cet ordinateur (redémarre Rebond)',
    'deskSetting.tab': 'Ce poste',
    'deskSetting.title': 'Ce poste et le hub du site',
    'deskSetting.nowLocal': 'Aujourd’hui : ce poste travaille sur la base de cet ordinateur.',
    'deskSetting.nowHub': 'Aujourd’hui : ce poste est un poste du hub {origin}.',
    'deskSetting.nowActAsHub': 'L’application est le hub du site, à l’écoute sur {listen}.',
    'deskSetting.mode': 'Ce poste travaille',
    'deskSetting.modeLocal': 'sur la base de cet ordinateur',
    'deskSetting.modeHub': 'avec le hub du site',
    'deskSetting.addressHint': 'ADRESSE:PORT du hub, par exemple 192.168.1.20:8443.',
    'deskSetting.readFingerprint': 'Lire l’empreinte du hub',
    'deskSetting.presented': 'Le hub {origin} présente le certificat d’empreinte :',
    'deskSetting.confirm':
      'C’est la même, groupe par groupe, que celle affichée sur le hub (Administration › Postes du hub)',
    'deskSetting.actAsHub': 'Cette application est le hub du site (les autres postes s’y appairent)',
    'deskSetting.listenHint': 'Une adresse IP de cet ordinateur et un port, par exemple 0.0.0.0:8443.',
    'deskSetting.save': 'Enregistrer',
    'deskSetting.saved': 'Réglage enregistré : il est pris en compte au prochain démarrage de Rebond.',
    'field.hubAddress': 'Adresse du hub',
    'field.hub': 'Hub',
    'field.fingerprint': 'Empreinte du certificat',
    'field.actAsHub': 'Adresse d’écoute du hub',
    'error.desk_setting_desktop_only':
      'Le réglage du poste se fait dans l’application de bureau, sur l’ordinateur concerné.',
    'error.hub_address_invalid':
      'Adresse du hub : attendu ADRESSE:PORT ou https://ADRESSE:PORT (par exemple 192.168.1.20:8443), reçu « {value} ».',
    'error.hub_unreachable': 'Le hub {origin} ne répond pas ({reason}) : vérifiez l’adresse et que le hub est démarré.',
    'error.hub_fingerprint_mismatch':
      'Refusé : le hub {origin} présente un autre certificat que celui que vous avez confirmé. Rien n’est changé.',
    'error.listen_address_invalid':
      'Adresse d’écoute du hub : attendu une adresse IP et un port (par exemple 0.0.0.0:8443), reçu « {value} ».',
    'desk.usage':
      'rebond desk                                 affiche le réglage de ce poste\n' +
      'rebond desk connect ADRESSE:PORT [--fingerprint EMPREINTE]\n' +
      '                                            fait de l’application un poste du hub, après vérification de son empreinte\n' +
      'rebond desk local                           l’application travaille sur la base de cet ordinateur\n' +
      'rebond desk act-as-hub ADRESSE:PORT|off     l’application est (ou n’est plus) le hub du site',
    'desk.settingUnreadable':
      'Réglage du poste illisible ({file}) : l’application travaille sur la base de cet ordinateur. Corrigez-le avec « rebond desk ».',
    'desk.showLocal': 'Ce poste travaille sur la base de cet ordinateur.',
    'desk.showHub': 'Ce poste est un poste du hub {origin}, dont le certificat a pour empreinte :\n  {fingerprint}',
    'desk.showActAsHub': 'L’application est le hub du site, à l’écoute sur {listen}.',
    'desk.fingerprintShown':
      'Le hub {origin} présente un certificat d’empreinte :\n  {fingerprint}\nComparez-la, groupe par groupe, avec celle que le hub affiche (Administration › Postes du hub, ou son journal).',
    'desk.confirmWith': 'Si c’est la même, confirmez :\n  rebond desk connect {address} --fingerprint "{fingerprint}"',
    'desk.connected':
      'Ce poste est désormais un poste du hub {origin}. Redémarrez Rebond, puis saisissez le code d’appairage affiché sur le hub.',
    'desk.local': 'Ce poste travaille désormais sur la base de cet ordinateur. Redémarrez Rebond.',
    'desk.actAsHubOn':
      'L’application sera le hub du site, à l’écoute sur {listen}, au prochain démarrage de Rebond. Les autres postes s’y appairent avec le code qu’elle affiche.',
    'desk.actAsHubOff': 'L’application ne sera plus le hub du site au prochain démarrage de Rebond.',
    'pairing.hubFingerprint': 'Empreinte du certificat que ce hub annonce :',
    'pairing.fingerprintCheck':
      'Elle doit être identique, groupe par groupe, à celle qu’affiche le hub (Administration › Postes du hub) et à celle que votre navigateur montre pour le certificat de ce site. Sinon, n’appairez pas ce poste.',
    'hubAdmin.fingerprint': 'Empreinte du certificat du hub',
    'hubAdmin.fingerprintHint':
      'À lire à la personne qui appaire un poste : son écran d’appairage doit montrer la même, groupe par groupe.',
    'hubAdmin.noStations': 'Aucun poste d’effacement autorisé.',
  },
  en: {
    'desk.menuPairingCode': 'Pairing code for a new desk…',
    'desk.pairingNotice':
      'Pairing code: {code}\n(valid until {until}, once)\n\nFingerprint of the hub’s certificate, to compare with the one on the desk’s pairing screen:\n{fingerprint}',
    'desk.ownDeskName': 'Hub’s own desk',
    'desk.menuBackToLocal': 'Work on this computer’s database (restarts Rebond)',
    'deskSetting.tab': 'This desk',
    'deskSetting.title': 'This desk and the site’s hub',
    'deskSetting.nowLocal': 'Now: this desk works on this computer’s database.',
    'deskSetting.nowHub': 'Now: this desk is a desk of the hub {origin}.',
    'deskSetting.nowActAsHub': 'The app is the site’s hub, listening on {listen}.',
    'deskSetting.mode': 'This desk works',
    'deskSetting.modeLocal': 'on this computer’s database',
    'deskSetting.modeHub': 'with the site’s hub',
    'deskSetting.addressHint': 'The hub’s ADDRESS:PORT, for example 192.168.1.20:8443.',
    'deskSetting.readFingerprint': 'Read the hub’s fingerprint',
    'deskSetting.presented': 'The hub {origin} presents the certificate with the fingerprint:',
    'deskSetting.confirm': 'It is the same, group by group, as the one shown on the hub (Administration › Hub desks)',
    'deskSetting.actAsHub': 'This app is the site’s hub (other desks pair with it)',
    'deskSetting.listenHint': 'An IP address of this computer and a port, for example 0.0.0.0:8443.',
    'deskSetting.save': 'Save',
    'deskSetting.saved': 'Setting saved: it takes effect at Rebond’s next start.',
    'field.hubAddress': 'Hub address',
    'field.hub': 'Hub',
    'field.fingerprint': 'Certificate fingerprint',
    'field.actAsHub': 'Hub listening address',
    'error.desk_setting_desktop_only': 'The desk setting is changed in the desktop app, on the computer concerned.',
    'error.hub_address_invalid':
      'Hub address: expected ADDRESS:PORT or https://ADDRESS:PORT (for example 192.168.1.20:8443), got “{value}”.',
    'error.hub_unreachable':
      'The hub {origin} does not answer ({reason}): check the address and that the hub is running.',
    'error.hub_fingerprint_mismatch':
      'Refused: the hub {origin} presents another certificate than the one you confirmed. Nothing was changed.',
    'error.listen_address_invalid':
      'Hub listening address: expected an IP address and a port (for example 0.0.0.0:8443), got “{value}”.',
    'desk.usage':
      'rebond desk                                 shows this desk’s setting\n' +
      'rebond desk connect ADDRESS:PORT [--fingerprint FINGERPRINT]\n' +
      '                                            makes the app a desk of the hub, once its fingerprint is checked\n' +
      'rebond desk local                           the app works on this computer’s database\n' +
      'rebond desk act-as-hub ADDRESS:PORT|off     the app is (or is no longer) the site’s hub',
    'desk.settingUnreadable':
      'Desk setting unreadable ({file}): the app works on this computer’s database. Fix it with “rebond desk”.',
    'desk.showLocal': 'This desk works on this computer’s database.',
    'desk.showHub': 'This desk is a desk of the hub {origin}, whose certificate fingerprint is:\n  {fingerprint}',
    'desk.showActAsHub': 'The app is the site’s hub, listening on {listen}.',
    'desk.fingerprintShown':
      'The hub {origin} presents a certificate with the fingerprint:\n  {fingerprint}\nCompare it, group by group, with the one the hub shows (Administration › Hub desks, or its log).',
    'desk.confirmWith': 'If it is the same, confirm:\n  rebond desk connect {address} --fingerprint "{fingerprint}"',
    'desk.connected':
      'This desk is now a desk of the hub {origin}. Restart Rebond, then enter the pairing code the hub shows.',
    'desk.local': 'This desk now works on this computer’s database. Restart Rebond.',
    'desk.actAsHubOn':
      'The app will be the site’s hub, listening on {listen}, from Rebond’s next start. Other desks pair with the code it shows.',
    'desk.actAsHubOff': 'The app will no longer be the site’s hub from Rebond’s next start.',
    'pairing.hubFingerprint': 'Fingerprint of the certificate this hub announces:',
    'pairing.fingerprintCheck':
      'It must be the same, group by group, as the one the hub shows (Administration › Hub desks) and the one your browser shows for this site’s certificate. If not, do not pair this desk.',
    'hubAdmin.fingerprint': 'Fingerprint of the hub’s certificate',
    'hubAdmin.fingerprintHint':
      'To read out to whoever pairs a desk: their pairing screen must show the same, group by group.',
    'hubAdmin.noStations': 'No wiping station allowed.',
  },
});

export const everyDeskSettingErrorHasMessage: Messages<`error.${DeskSettingErrorCode}`> = deskSettingMessages;
