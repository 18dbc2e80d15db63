// Generated from shared/contract by `npm run generate:contract` (main/codegen/contract-meta.ts). Do not edit:
// test/unit/contract-meta.test.ts fails when this file no longer matches the contract.
import type { MethodName } from '../../shared/contract';
import type { OperatorRole } from '../../shared/domain/values';

export const METHOD_ROLES = {
  "access.get": [
    "admin"
  ],
  "access.update": [
    "admin"
  ],
  "agreementTemplates.get": [
    "coordinator",
    "admin"
  ],
  "agreementTemplates.reset": [
    "coordinator",
    "admin"
  ],
  "agreementTemplates.save": [
    "coordinator",
    "admin"
  ],
  "agreementTemplates.setValues": [
    "coordinator",
    "admin"
  ],
  "backups.overview": [
    "admin"
  ],
  "backups.saveSettings": [
    "admin"
  ],
  "backups.takeNow": [
    "admin"
  ],
  "batches.close": [
    "data_security_officer"
  ],
  "batches.create": "any",
  "batches.get": "any",
  "batches.list": "any",
  "batches.reopen": [
    "data_security_officer",
    "admin"
  ],
  "batches.update": "any",
  "beneficiaries.anonymise": [
    "coordinator",
    "admin"
  ],
  "beneficiaries.create": [
    "coordinator",
    "admin"
  ],
  "beneficiaries.export": [
    "coordinator",
    "admin"
  ],
  "beneficiaries.get": "any",
  "beneficiaries.search": "any",
  "beneficiaries.update": [
    "coordinator",
    "admin"
  ],
  "dashboard.charts": [
    "coordinator",
    "admin"
  ],
  "deskSetting.get": [
    "admin"
  ],
  "deskSetting.probeHub": [
    "admin"
  ],
  "deskSetting.save": [
    "admin"
  ],
  "desks.list": [
    "admin"
  ],
  "desks.revoke": [
    "admin"
  ],
  "devices.addDrive": "any",
  "devices.applyAction": "any",
  "devices.correctIdentity": [
    "data_security_officer",
    "coordinator",
    "admin"
  ],
  "devices.get": "any",
  "devices.register": "any",
  "devices.registerMany": "any",
  "devices.removeDrive": [
    "technician",
    "data_security_officer",
    "admin"
  ],
  "devices.update": "any",
  "devices.void": [
    "data_security_officer",
    "coordinator",
    "admin"
  ],
  "documents.generate": "any",
  "documents.list": "any",
  "documents.open": "any",
  "documents.reprint": "any",
  "documents.save": "any",
  "donors.create": "any",
  "donors.list": "any",
  "erasure.awaitingVerification": "any",
  "erasure.record": "any",
  "erasure.verify": [
    "data_security_officer"
  ],
  "erasure.verifyMany": [
    "data_security_officer"
  ],
  "events.forEntity": "any",
  "events.recent": "any",
  "events.verifyChain": [
    "admin",
    "data_security_officer"
  ],
  "exports.save": "any",
  "exports.start": "any",
  "exports.status": "any",
  "followUp.loans": "any",
  "followUp.sims": "any",
  "handovers.check": [
    "coordinator",
    "admin"
  ],
  "handovers.create": [
    "coordinator",
    "admin"
  ],
  "handovers.get": "any",
  "handovers.list": "any",
  "handovers.preview": [
    "coordinator",
    "admin"
  ],
  "imports.commit": "any",
  "imports.dismiss": "any",
  "imports.dropFolder": "any",
  "imports.erasureViews": "any",
  "imports.preview": "any",
  "imports.queue": "any",
  "imports.queueFile": "any",
  "imports.setDropFolder": [
    "admin"
  ],
  "inventory.count": "any",
  "inventory.countsByStatus": "any",
  "inventory.list": "any",
  "inventory.search": "any",
  "operators.create": [
    "admin"
  ],
  "operators.list": [
    "admin"
  ],
  "operators.update": [
    "admin"
  ],
  "organisation.get": "any",
  "organisation.update": [
    "admin"
  ],
  "partners.create": [
    "coordinator",
    "admin"
  ],
  "partners.list": "any",
  "partners.update": [
    "coordinator",
    "admin"
  ],
  "passwords.set": "any",
  "privacy.anonymiseDue": [
    "coordinator",
    "admin"
  ],
  "privacy.retention": "any",
  "privacy.setRetention": [
    "admin"
  ],
  "programmes.create": [
    "coordinator",
    "admin"
  ],
  "programmes.list": "any",
  "programmes.progress": "any",
  "programmes.update": [
    "coordinator",
    "admin"
  ],
  "recycling.list": "any",
  "recycling.record": [
    "coordinator",
    "data_security_officer",
    "admin"
  ],
  "refurbishment.qualityCheck": "any",
  "refurbishment.record": "any",
  "reports.donor": [
    "coordinator",
    "admin"
  ],
  "reports.programme": [
    "coordinator",
    "admin"
  ],
  "returns.create": [
    "technician",
    "coordinator",
    "admin"
  ],
  "returns.lookup": [
    "technician",
    "coordinator",
    "admin"
  ],
  "scanRules.get": "any",
  "scanRules.update": [
    "admin"
  ],
  "session.operators": "any",
  "session.setLang": "any",
  "session.setup": "any",
  "session.signIn": "any",
  "session.signOut": "any",
  "session.state": "any",
  "settings.get": "any",
  "settings.update": [
    "admin"
  ],
  "signatures.attachCopy": [
    "technician",
    "coordinator",
    "admin"
  ],
  "signatures.list": [
    "technician",
    "coordinator",
    "admin"
  ],
  "signatures.save": [
    "technician",
    "coordinator",
    "admin"
  ],
  "sims.get": "any",
  "sims.list": "any",
  "sims.registerMany": [
    "coordinator",
    "admin"
  ],
  "sims.revealSecrets": [
    "coordinator",
    "admin"
  ],
  "sims.setStatus": [
    "coordinator",
    "admin"
  ],
  "sims.topUp": [
    "coordinator",
    "admin"
  ],
  "sims.update": [
    "coordinator",
    "admin"
  ],
  "sites.create": [
    "admin"
  ],
  "sites.list": "any",
  "sites.update": [
    "admin"
  ],
  "stations.create": [
    "admin"
  ],
  "stations.list": [
    "admin"
  ],
  "stations.revoke": [
    "admin"
  ],
  "taxReceipts.cancel": [
    "coordinator",
    "admin"
  ],
  "taxReceipts.eligibility": [
    "coordinator",
    "admin"
  ],
  "taxReceipts.forBatch": [
    "coordinator",
    "admin"
  ],
  "taxReceipts.saveDonorIdentity": [
    "coordinator",
    "admin"
  ],
  "taxReceipts.saveEligibility": [
    "admin"
  ],
  "taxReceipts.setValuation": [
    "coordinator",
    "admin"
  ],
  "taxReceipts.yearTotals": [
    "coordinator",
    "admin"
  ]
} as const satisfies Record<MethodName, readonly OperatorRole[] | 'any'>;

export const FIELD_LIMITS = {
  "access.update": {
    "pinRequired": {
      "required": true
    }
  },
  "agreementTemplates.get": {
    "programmeId": {
      "required": true
    },
    "variant": {
      "required": true
    },
    "lang": {
      "required": true
    }
  },
  "agreementTemplates.reset": {
    "programmeId": {
      "required": true
    },
    "variant": {
      "required": true
    },
    "lang": {
      "required": true
    }
  },
  "agreementTemplates.save": {
    "programmeId": {
      "required": true
    },
    "variant": {
      "required": true
    },
    "lang": {
      "required": true
    },
    "body": {
      "maxLength": 20000,
      "required": true
    }
  },
  "agreementTemplates.setValues": {
    "programmeId": {
      "required": true
    },
    "variant": {
      "required": true
    },
    "lang": {
      "required": true
    },
    "values": {
      "required": true
    },
    "values.*.item": {
      "required": true
    },
    "values.*.valueCents": {
      "minimum": 0,
      "maximum": 10000000,
      "required": true
    }
  },
  "backups.saveSettings": {
    "folder": {
      "maxLength": 1000,
      "required": true
    },
    "warnAfterDays": {
      "minimum": 1,
      "maximum": 90,
      "required": true
    }
  },
  "batches.close": {
    "id": {
      "required": true
    }
  },
  "batches.create": {
    "donorId": {
      "required": true
    },
    "siteId": {
      "required": true
    },
    "receivedOn": {
      "required": true
    },
    "expectedCount": {
      "minimum": 1,
      "maximum": 100000
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "batches.get": {
    "id": {
      "required": true
    }
  },
  "batches.reopen": {
    "id": {
      "required": true
    }
  },
  "batches.update": {
    "id": {
      "required": true
    },
    "donorId": {
      "required": true
    },
    "receivedOn": {
      "required": true
    },
    "expectedCount": {
      "minimum": 1,
      "maximum": 100000,
      "required": true
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "beneficiaries.anonymise": {
    "id": {
      "required": true
    }
  },
  "beneficiaries.create": {
    "partnerId": {
      "required": true
    },
    "reference": {
      "minLength": 1,
      "maxLength": 60,
      "required": true
    },
    "category": {
      "required": true
    },
    "minor": {
      "required": true
    },
    "firstName": {
      "maxLength": 100
    },
    "lastName": {
      "maxLength": 100
    },
    "address": {
      "maxLength": 300
    },
    "guardianName": {
      "maxLength": 160
    },
    "referentName": {
      "maxLength": 160
    },
    "contactPhone": {
      "maxLength": 40
    },
    "contactEmail": {
      "maxLength": 200
    }
  },
  "beneficiaries.export": {
    "id": {
      "required": true
    }
  },
  "beneficiaries.get": {
    "id": {
      "required": true
    }
  },
  "beneficiaries.search": {
    "query": {
      "minLength": 0,
      "maxLength": 100
    },
    "limit": {
      "minimum": 1,
      "maximum": 200
    }
  },
  "beneficiaries.update": {
    "id": {
      "required": true
    },
    "partnerId": {
      "required": true
    },
    "reference": {
      "minLength": 1,
      "maxLength": 60,
      "required": true
    },
    "category": {
      "required": true
    },
    "minor": {
      "required": true
    },
    "firstName": {
      "maxLength": 100
    },
    "lastName": {
      "maxLength": 100
    },
    "address": {
      "maxLength": 300
    },
    "guardianName": {
      "maxLength": 160
    },
    "referentName": {
      "maxLength": 160
    },
    "contactPhone": {
      "maxLength": 40
    },
    "contactEmail": {
      "maxLength": 200
    }
  },
  "deskSetting.probeHub": {
    "hubAddress": {
      "minLength": 1,
      "maxLength": 300,
      "required": true
    }
  },
  "deskSetting.save": {
    "hub": {
      "required": true
    },
    "hub.hubAddress": {
      "minLength": 1,
      "maxLength": 300,
      "required": true
    },
    "hub.fingerprint": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "actAsHub": {
      "maxLength": 60,
      "required": true
    }
  },
  "desks.revoke": {
    "deskId": {
      "required": true
    }
  },
  "devices.addDrive": {
    "deviceId": {
      "required": true
    },
    "drive": {
      "required": true
    },
    "drive.serial": {
      "maxLength": 80
    },
    "drive.type": {
      "required": true
    },
    "drive.capacityGb": {
      "minimum": 0,
      "maximum": 1000000
    }
  },
  "devices.applyAction": {
    "deviceIds": {
      "required": true
    },
    "action": {
      "required": true
    },
    "note": {
      "maxLength": 500
    }
  },
  "devices.correctIdentity": {
    "id": {
      "required": true
    },
    "identity": {
      "required": true
    },
    "identity.kind": {
      "required": true
    },
    "identity.serial": {
      "maxLength": 300
    },
    "identity.imeis.*": {
      "maxLength": 40
    },
    "identity.make": {
      "maxLength": 80
    },
    "identity.model": {
      "maxLength": 120
    },
    "reason": {
      "minLength": 1,
      "maxLength": 500,
      "required": true
    }
  },
  "devices.get": {
    "id": {
      "required": true
    },
    "assetTag": {
      "minLength": 1,
      "maxLength": 40,
      "required": true
    }
  },
  "devices.register": {
    "batchId": {
      "required": true
    },
    "device": {
      "required": true
    },
    "device.kind": {
      "required": true
    },
    "device.serial": {
      "maxLength": 300
    },
    "device.imeis.*": {
      "maxLength": 40
    },
    "device.make": {
      "maxLength": 80
    },
    "device.model": {
      "maxLength": 120
    },
    "device.cpu": {
      "maxLength": 120
    },
    "device.ramGb": {
      "minimum": 0,
      "maximum": 4096
    },
    "device.storageSummary": {
      "maxLength": 120
    },
    "device.screenInches": {
      "minimum": 1,
      "maximum": 100
    },
    "device.os": {
      "maxLength": 80
    },
    "device.batteryHealth": {
      "minimum": 0,
      "maximum": 100
    },
    "device.accessories": {
      "maxLength": 300
    },
    "device.location": {
      "maxLength": 60
    },
    "device.notes": {
      "maxLength": 2000
    },
    "device.drives.*.serial": {
      "maxLength": 80
    },
    "device.drives.*.type": {
      "required": true
    },
    "device.drives.*.capacityGb": {
      "minimum": 0,
      "maximum": 1000000
    }
  },
  "devices.registerMany": {
    "batchId": {
      "required": true
    },
    "devices": {
      "required": true
    },
    "devices.*.kind": {
      "required": true
    },
    "devices.*.serial": {
      "maxLength": 300
    },
    "devices.*.imeis.*": {
      "maxLength": 40
    },
    "devices.*.make": {
      "maxLength": 80
    },
    "devices.*.model": {
      "maxLength": 120
    },
    "devices.*.cpu": {
      "maxLength": 120
    },
    "devices.*.ramGb": {
      "minimum": 0,
      "maximum": 4096
    },
    "devices.*.storageSummary": {
      "maxLength": 120
    },
    "devices.*.screenInches": {
      "minimum": 1,
      "maximum": 100
    },
    "devices.*.os": {
      "maxLength": 80
    },
    "devices.*.batteryHealth": {
      "minimum": 0,
      "maximum": 100
    },
    "devices.*.accessories": {
      "maxLength": 300
    },
    "devices.*.location": {
      "maxLength": 60
    },
    "devices.*.notes": {
      "maxLength": 2000
    },
    "devices.*.drives.*.serial": {
      "maxLength": 80
    },
    "devices.*.drives.*.type": {
      "required": true
    },
    "devices.*.drives.*.capacityGb": {
      "minimum": 0,
      "maximum": 1000000
    }
  },
  "devices.removeDrive": {
    "deviceId": {
      "required": true
    },
    "driveId": {
      "required": true
    },
    "note": {
      "minLength": 1,
      "maxLength": 500,
      "required": true
    },
    "replacement.serial": {
      "maxLength": 80
    },
    "replacement.type": {
      "required": true
    },
    "replacement.capacityGb": {
      "minimum": 0,
      "maximum": 1000000
    }
  },
  "devices.update": {
    "id": {
      "required": true
    },
    "changes": {
      "required": true
    },
    "changes.make": {
      "maxLength": 80
    },
    "changes.model": {
      "maxLength": 120
    },
    "changes.cpu": {
      "maxLength": 120
    },
    "changes.ramGb": {
      "minimum": 0,
      "maximum": 4096
    },
    "changes.storageSummary": {
      "maxLength": 120
    },
    "changes.screenInches": {
      "minimum": 1,
      "maximum": 100
    },
    "changes.os": {
      "maxLength": 80
    },
    "changes.batteryHealth": {
      "minimum": 0,
      "maximum": 100
    },
    "changes.accessories": {
      "maxLength": 300
    },
    "changes.location": {
      "maxLength": 60
    },
    "changes.notes": {
      "maxLength": 2000
    }
  },
  "devices.void": {
    "id": {
      "required": true
    },
    "reason": {
      "minLength": 1,
      "maxLength": 500,
      "required": true
    }
  },
  "documents.generate": {
    "kind": {
      "required": true
    },
    "subject": {
      "required": true
    },
    "subject.type": {
      "required": true
    },
    "subject.ids": {
      "required": true
    },
    "labels.start": {
      "minimum": 1,
      "maximum": 24
    }
  },
  "documents.list": {
    "subjectType": {
      "required": true
    },
    "subjectId": {
      "required": true
    }
  },
  "documents.open": {
    "reference": {
      "required": true
    }
  },
  "documents.reprint": {
    "reference": {
      "required": true
    }
  },
  "documents.save": {
    "reference": {
      "required": true
    }
  },
  "donors.create": {
    "name": {
      "minLength": 1,
      "maxLength": 160,
      "required": true
    },
    "kind": {
      "required": true
    },
    "contact": {
      "maxLength": 300
    }
  },
  "erasure.record": {
    "deviceId": {
      "required": true
    },
    "level": {
      "required": true
    },
    "technique": {
      "required": true
    },
    "passes": {
      "minimum": 1,
      "maximum": 35
    },
    "tool": {
      "minLength": 1,
      "maxLength": 80,
      "required": true
    },
    "toolVersion": {
      "maxLength": 40
    },
    "startedAt": {
      "required": true
    },
    "endedAt": {
      "required": true
    },
    "result": {
      "required": true
    },
    "verification": {
      "required": true
    },
    "evidenceText": {
      "maxLength": 20000
    },
    "notes": {
      "maxLength": 2000
    },
    "backupLocation": {
      "maxLength": 200
    },
    "classificationAfter": {
      "maxLength": 120
    },
    "command": {
      "maxLength": 200
    },
    "osVersion": {
      "maxLength": 80
    }
  },
  "erasure.verify": {
    "erasureId": {
      "required": true
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "erasure.verifyMany": {
    "erasureIds": {
      "required": true
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "events.forEntity": {
    "entity": {
      "required": true
    },
    "entityId": {
      "required": true
    }
  },
  "events.recent": {
    "limit": {
      "minimum": 1,
      "maximum": 200
    }
  },
  "exports.save": {
    "jobId": {
      "required": true
    }
  },
  "exports.start": {
    "dataset": {
      "required": true
    },
    "format": {
      "required": true
    },
    "sort.column": {
      "required": true
    },
    "sort.direction": {
      "required": true
    }
  },
  "exports.status": {
    "jobId": {
      "required": true
    }
  },
  "followUp.loans": {
    "withinDays": {
      "minimum": 0,
      "maximum": 365
    },
    "limit": {
      "minimum": 1,
      "maximum": 2000
    }
  },
  "followUp.sims": {
    "withinDays": {
      "minimum": 0,
      "maximum": 365
    }
  },
  "handovers.create": {
    "recipient": {
      "required": true
    },
    "programmeId": {
      "required": true
    },
    "accessories.*": {
      "minLength": 1,
      "maxLength": 120
    },
    "notes": {
      "maxLength": 2000
    },
    "acknowledgedWarnings.*": {
      "minLength": 1,
      "maxLength": 120
    }
  },
  "handovers.get": {
    "id": {
      "required": true
    }
  },
  "handovers.list": {
    "limit": {
      "minimum": 1,
      "maximum": 500
    }
  },
  "imports.commit": {
    "files": {
      "required": true
    },
    "files.*.name": {
      "minLength": 1,
      "maxLength": 255,
      "required": true
    },
    "files.*.base64": {
      "maxLength": 13981016,
      "required": true
    }
  },
  "imports.dismiss": {
    "id": {
      "required": true
    }
  },
  "imports.erasureViews": {
    "erasureIds": {
      "required": true
    }
  },
  "imports.preview": {
    "files": {
      "required": true
    },
    "files.*.name": {
      "minLength": 1,
      "maxLength": 255,
      "required": true
    },
    "files.*.base64": {
      "maxLength": 13981016,
      "required": true
    }
  },
  "imports.queueFile": {
    "id": {
      "required": true
    }
  },
  "imports.setDropFolder": {
    "folder": {
      "maxLength": 1000,
      "required": true
    }
  },
  "inventory.list": {
    "sort.column": {
      "required": true
    },
    "sort.direction": {
      "required": true
    },
    "limit": {
      "minimum": 1,
      "maximum": 500
    },
    "cursor": {
      "maxLength": 400
    }
  },
  "inventory.search": {
    "query": {
      "minLength": 1,
      "maxLength": 80,
      "required": true
    },
    "limit": {
      "minimum": 1,
      "maximum": 100
    }
  },
  "operators.create": {
    "name": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "roles": {
      "required": true
    },
    "pin": {
      "minLength": 4,
      "maxLength": 8
    },
    "jobTitle": {
      "maxLength": 120
    }
  },
  "operators.update": {
    "id": {
      "required": true
    },
    "name": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "roles": {
      "required": true
    },
    "active": {
      "required": true
    },
    "pin": {
      "minLength": 4,
      "maxLength": 8
    },
    "jobTitle": {
      "maxLength": 120
    }
  },
  "organisation.update": {
    "name": {
      "maxLength": 200
    },
    "address": {
      "maxLength": 400
    },
    "registration": {
      "maxLength": 60
    },
    "phone": {
      "maxLength": 40
    },
    "email": {
      "maxLength": 200
    },
    "signatoryName": {
      "maxLength": 120
    },
    "signatoryTitle": {
      "maxLength": 120
    },
    "dpoContact": {
      "maxLength": 200
    },
    "logo": {
      "required": true
    },
    "timeZone": {
      "maxLength": 64
    }
  },
  "partners.create": {
    "name": {
      "minLength": 1,
      "maxLength": 160,
      "required": true
    },
    "kind": {
      "required": true
    },
    "address": {
      "maxLength": 300
    },
    "contactName": {
      "maxLength": 160
    },
    "contactPhone": {
      "maxLength": 40
    },
    "contactEmail": {
      "maxLength": 200
    }
  },
  "partners.update": {
    "id": {
      "required": true
    },
    "name": {
      "minLength": 1,
      "maxLength": 160,
      "required": true
    },
    "kind": {
      "required": true
    },
    "address": {
      "maxLength": 300
    },
    "contactName": {
      "maxLength": 160
    },
    "contactPhone": {
      "maxLength": 40
    },
    "contactEmail": {
      "maxLength": 200
    },
    "active": {
      "required": true
    }
  },
  "passwords.set": {
    "operatorId": {
      "required": true
    },
    "password": {
      "minLength": 10,
      "maxLength": 200,
      "required": true
    }
  },
  "privacy.setRetention": {
    "anonymiseAfterMonths": {
      "minimum": 1,
      "maximum": 120,
      "required": true
    }
  },
  "programmes.create": {
    "name": {
      "minLength": 1,
      "maxLength": 160,
      "required": true
    },
    "funder": {
      "maxLength": 160
    },
    "startsOn": {
      "required": true
    },
    "defaultKind": {
      "required": true
    },
    "loanDays": {
      "minimum": 1,
      "maximum": 3650
    },
    "targets.*.item": {
      "required": true
    },
    "targets.*.target": {
      "minimum": 1,
      "maximum": 1000000,
      "required": true
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "programmes.progress": {
    "programmeId": {
      "required": true
    }
  },
  "programmes.update": {
    "name": {
      "minLength": 1,
      "maxLength": 160,
      "required": true
    },
    "funder": {
      "maxLength": 160
    },
    "startsOn": {
      "required": true
    },
    "defaultKind": {
      "required": true
    },
    "loanDays": {
      "minimum": 1,
      "maximum": 3650
    },
    "targets.*.item": {
      "required": true
    },
    "targets.*.target": {
      "minimum": 1,
      "maximum": 1000000,
      "required": true
    },
    "notes": {
      "maxLength": 2000
    },
    "id": {
      "required": true
    }
  },
  "recycling.record": {
    "deviceIds": {
      "required": true
    },
    "recycler": {
      "minLength": 1,
      "maxLength": 160,
      "required": true
    },
    "pickupDate": {
      "required": true
    },
    "weightKg": {
      "minimum": 0,
      "maximum": 100000
    },
    "certificateRef": {
      "maxLength": 120
    },
    "notes": {
      "maxLength": 2000
    },
    "contractRef": {
      "maxLength": 120
    },
    "transportDocument": {
      "maxLength": 40
    }
  },
  "refurbishment.qualityCheck": {
    "deviceId": {
      "required": true
    },
    "passed": {
      "required": true
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "refurbishment.record": {
    "deviceId": {
      "required": true
    },
    "parts.*.name": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "parts.*.quantity": {
      "minimum": 1,
      "maximum": 1000,
      "required": true
    },
    "parts.*.costCents": {
      "minimum": 0,
      "maximum": 10000000,
      "required": true
    },
    "labourMinutes": {
      "minimum": 0,
      "maximum": 10000
    },
    "batteryHealth": {
      "minimum": 0,
      "maximum": 100
    },
    "outcome": {
      "required": true
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "reports.donor": {
    "donorId": {
      "required": true
    },
    "from": {
      "required": true
    },
    "to": {
      "required": true
    },
    "format": {
      "required": true
    }
  },
  "reports.programme": {
    "programmeId": {
      "required": true
    },
    "from": {
      "required": true
    },
    "to": {
      "required": true
    },
    "format": {
      "required": true
    }
  },
  "returns.create": {
    "items": {
      "required": true
    },
    "items.*.itemId": {
      "required": true
    },
    "items.*.condition": {
      "maxLength": 1000
    },
    "missingAccessories.*": {
      "minLength": 1,
      "maxLength": 120
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "returns.lookup": {
    "scan": {
      "minLength": 1,
      "maxLength": 80,
      "required": true
    }
  },
  "scanRules.update": {
    "serialMinLength": {
      "minimum": 1,
      "maximum": 80,
      "required": true
    },
    "serialMaxLength": {
      "minimum": 1,
      "maximum": 80,
      "required": true
    },
    "serialExtraCharacters": {
      "maxLength": 14,
      "required": true
    }
  },
  "session.setLang": {
    "lang": {
      "required": true
    }
  },
  "session.setup": {
    "siteName": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "operatorName": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "pin": {
      "minLength": 4,
      "maxLength": 8
    },
    "password": {
      "minLength": 10,
      "maxLength": 200
    },
    "organisation": {
      "maxLength": 200
    }
  },
  "session.signIn": {
    "operatorId": {
      "required": true
    },
    "pin": {
      "minLength": 4,
      "maxLength": 8
    },
    "password": {
      "minLength": 1,
      "maxLength": 200
    }
  },
  "settings.update": {
    "assetTagPrefix": {
      "maxLength": 12,
      "required": true
    },
    "assetTagDigits": {
      "minimum": 4,
      "maximum": 10,
      "required": true
    }
  },
  "signatures.attachCopy": {
    "subject": {
      "required": true
    },
    "fileName": {
      "minLength": 1,
      "maxLength": 200,
      "required": true
    },
    "mediaType": {
      "required": true
    },
    "base64": {
      "maxLength": 11184812,
      "required": true
    }
  },
  "signatures.list": {
    "handoverId": {
      "required": true
    }
  },
  "signatures.save": {
    "subject": {
      "required": true
    },
    "signer": {
      "required": true
    },
    "mode": {
      "required": true
    },
    "dataUrl": {
      "maxLength": 349550
    }
  },
  "sims.get": {
    "id": {
      "required": true
    },
    "iccid": {
      "minLength": 1,
      "maxLength": 40,
      "required": true
    }
  },
  "sims.list": {
    "query": {
      "minLength": 0,
      "maxLength": 40
    },
    "limit": {
      "minimum": 1,
      "maximum": 2000
    }
  },
  "sims.registerMany": {
    "operator": {
      "minLength": 1,
      "maxLength": 80,
      "required": true
    },
    "planName": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "planDataGb": {
      "minimum": 0,
      "maximum": 10000
    },
    "planValidityDays": {
      "minimum": 1,
      "maximum": 3650
    },
    "cards": {
      "required": true
    },
    "cards.*.iccid": {
      "minLength": 1,
      "maxLength": 40,
      "required": true
    },
    "cards.*.phoneNumber": {
      "maxLength": 40
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "sims.revealSecrets": {
    "simId": {
      "required": true
    }
  },
  "sims.setStatus": {
    "simId": {
      "required": true
    },
    "action": {
      "required": true
    },
    "note": {
      "maxLength": 500
    }
  },
  "sims.topUp": {
    "simId": {
      "required": true
    },
    "amountCents": {
      "minimum": 0,
      "maximum": 1000000,
      "required": true
    },
    "dataGb": {
      "minimum": 0,
      "maximum": 10000
    },
    "validityDays": {
      "minimum": 1,
      "maximum": 3650
    }
  },
  "sims.update": {
    "id": {
      "required": true
    },
    "phoneNumber": {
      "maxLength": 40
    },
    "operator": {
      "minLength": 1,
      "maxLength": 80,
      "required": true
    },
    "planName": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "planDataGb": {
      "minimum": 0,
      "maximum": 10000
    },
    "planValidityDays": {
      "minimum": 1,
      "maximum": 3650
    },
    "notes": {
      "maxLength": 2000
    }
  },
  "sites.create": {
    "name": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "address": {
      "maxLength": 300
    }
  },
  "sites.update": {
    "id": {
      "required": true
    },
    "name": {
      "minLength": 1,
      "maxLength": 120,
      "required": true
    },
    "address": {
      "maxLength": 300
    },
    "active": {
      "required": true
    }
  },
  "stations.create": {
    "name": {
      "minLength": 1,
      "maxLength": 80,
      "required": true
    }
  },
  "stations.revoke": {
    "stationId": {
      "required": true
    }
  },
  "taxReceipts.cancel": {
    "reference": {
      "minLength": 1,
      "maxLength": 40,
      "required": true
    },
    "reason": {
      "minLength": 1,
      "maxLength": 500,
      "required": true
    }
  },
  "taxReceipts.forBatch": {
    "batchId": {
      "required": true
    }
  },
  "taxReceipts.saveDonorIdentity": {
    "donorId": {
      "required": true
    },
    "siren": {
      "maxLength": 20
    },
    "legalForm": {
      "maxLength": 80
    },
    "address": {
      "minLength": 1,
      "maxLength": 400,
      "required": true
    }
  },
  "taxReceipts.saveEligibility": {
    "mention": {
      "minLength": 1,
      "maxLength": 600,
      "required": true
    }
  },
  "taxReceipts.setValuation": {
    "batchId": {
      "required": true
    },
    "amountCents": {
      "maximum": 999999999,
      "required": true
    }
  },
  "taxReceipts.yearTotals": {
    "year": {
      "minimum": 2000,
      "maximum": 2100,
      "required": true
    }
  }
} as const;
