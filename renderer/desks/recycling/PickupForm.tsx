import { Controller } from 'react-hook-form';
import type { RecyclingRecord } from '../../../shared/contract/recycling';
import {
  isHazardous,
  RECYCLER_KINDS,
  transportDocumentProblem,
  WASTE_CODES,
  type RecyclerKind,
  type WasteCode,
} from '../../../shared/domain/waste';
import type { ApiError } from '../../../shared/errors';
import { parseNumber } from '../../../shared/format';
import { useApiMutation } from '../../api/queries';
import { SelectField, TextField, type SelectOption } from '../../components/Field';
import { localProblem } from '../../components/fieldError';
import { useContractForm } from '../../forms/useContractForm';
import { useT } from '../../i18n/useT';
import { beep } from '../components/beep';
import { todayIsoDate } from '../components/dates';
import { DeskForm } from '../components/DeskForm';

interface PickupValues {
  recycler: string;
  recyclerKind: RecyclerKind | '';
  contractRef: string;
  pickupDate: string;
  weightKg: string;
  wasteCode: WasteCode | '';
  transportDocument: string;
  certificateRef: string;
  notes: string;
}

/**
 * The recycler's pickup for the ticked devices, all or nothing: when main refuses one device, nothing is
 * recorded and each refused device is named with its reason. The waste register's fields are asked here: the waste
 * code (required by this form), the taker's kind and contract, and the transport document, which a hazardous code
 * needs as a Trackdéchets identifier (the shared rule of `shared/domain/waste.ts`, checked here first, then by main).
 */
export function PickupForm({
  deviceIds,
  onRecorded,
  onRefused,
}: {
  deviceIds: number[];
  onRecorded: (record: RecyclingRecord) => void;
  onRefused: (error: ApiError) => void;
}) {
  const t = useT();
  const record = useApiMutation('recycling.record', { invalidates: ['devices', 'inventory'] });
  const { form, field, submit, problem } = useContractForm<'recycling.record', PickupValues>('recycling.record', {
    recycler: '',
    recyclerKind: '',
    contractRef: '',
    pickupDate: todayIsoDate(),
    weightKg: '',
    wasteCode: '',
    transportDocument: '',
    certificateRef: '',
    notes: '',
  });
  const wasteCode = form.watch('wasteCode');
  const hazardous = wasteCode !== '' && isHazardous(wasteCode);

  const wasteCodeOptions: SelectOption<WasteCode | ''>[] = [
    { value: '', label: t('recyclingDesk.wasteCodeChoose') },
    ...WASTE_CODES.map((code) => ({ value: code, label: t(`wasteCode.${code}`) })),
  ];
  const recyclerKindOptions: SelectOption<RecyclerKind | ''>[] = [
    { value: '', label: t('recyclingDesk.recyclerKindUnknown') },
    ...RECYCLER_KINDS.map((kind) => ({ value: kind, label: t(`recyclerKind.${kind}`) })),
  ];

  const onSubmit = submit(
    async (values) => {
      if (deviceIds.length === 0) return localProblem(t('recyclingDesk.nothingTicked'), 'deviceIds');
      const weightKg = parseNumber(values.weightKg);
      if (!weightKg.ok) return localProblem(t('recyclingDesk.weightInvalid'), 'weightKg');
      if (values.wasteCode === '') return localProblem(t('recyclingDesk.wasteCodeRequired'), 'wasteCode');
      const transport = transportDocumentProblem(values.wasteCode, values.transportDocument);
      if (transport) {
        const params = { code: values.wasteCode, value: values.transportDocument.trim().toUpperCase() };
        return localProblem(t(`error.${transport}`, params), 'transportDocument');
      }
      const result = await record.run({
        deviceIds,
        recycler: values.recycler,
        pickupDate: values.pickupDate,
        weightKg: weightKg.value,
        certificateRef: values.certificateRef,
        notes: values.notes,
        wasteCode: values.wasteCode,
        recyclerKind: values.recyclerKind === '' ? null : values.recyclerKind,
        contractRef: values.contractRef,
        transportDocument: values.transportDocument,
      });
      if (!result.ok) {
        onRefused(result.error);
        return result;
      }
      beep('success');
      // The same taker often comes back with the same kind of waste: those stay; what belongs to this pickup goes.
      form.reset({ ...values, weightKg: '', transportDocument: '', certificateRef: '', notes: '' });
      onRecorded(result.value);
      return null;
    },
    () => beep('error'),
  );

  return (
    <DeskForm
      title={t('recyclingDesk.pickupTitle', { count: deviceIds.length })}
      onSubmit={onSubmit}
      problem={problem}
      submitLabel={t('recyclingDesk.recordPickup')}
      busy={record.busy}
      testId="recycling-pickup"
    >
      <TextField label={t('field.recycler')} autoComplete="off" {...field('recycler', t('field.recycler'))} />
      <Controller
        control={form.control}
        name="recyclerKind"
        render={({ field: kind }) => (
          <SelectField
            label={t('field.recyclerKind')}
            optional
            name={kind.name}
            options={recyclerKindOptions}
            value={kind.value}
            onChange={kind.onChange}
            onBlur={kind.onBlur}
          />
        )}
      />
      <div className="desk-row">
        <TextField
          label={t('field.contractRef')}
          optional
          autoComplete="off"
          {...field('contractRef', t('field.contractRef'))}
        />
        <TextField label={t('field.pickupDate')} type="date" {...field('pickupDate', t('field.pickupDate'))} />
      </div>
      <Controller
        control={form.control}
        name="wasteCode"
        render={({ field: code }) => (
          <SelectField
            label={t('field.wasteCode')}
            hint={t('recyclingDesk.wasteCodeHint')}
            name={code.name}
            options={wasteCodeOptions}
            value={code.value}
            onChange={code.onChange}
            onBlur={code.onBlur}
            invalid={problem?.field === 'wasteCode'}
            error={problem?.field === 'wasteCode' ? problem.message : undefined}
          />
        )}
      />
      <TextField
        label={t('field.transportDocument')}
        optional={!hazardous}
        hint={t(hazardous ? 'recyclingDesk.transportHazardous' : 'recyclingDesk.transportOther')}
        autoComplete="off"
        spellCheck={false}
        {...field('transportDocument', t('field.transportDocument'))}
      />
      <div className="desk-row">
        <TextField
          label={t('field.weightKg')}
          optional
          inputMode="decimal"
          autoComplete="off"
          {...field('weightKg', t('field.weightKg'))}
        />
        <TextField
          label={t('field.certificateRef')}
          optional
          autoComplete="off"
          {...field('certificateRef', t('field.certificateRef'))}
        />
      </div>
      <TextField label={t('field.notes')} optional autoComplete="off" {...field('notes', t('field.notes'))} />
    </DeskForm>
  );
}
