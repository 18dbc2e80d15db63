import { Controller, type Control, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import { ChoiceGroup, type ChoiceGroupProps } from '../components/ChoiceGroup';
import { Checkbox, SelectField, type CheckboxProps, type SelectFieldProps } from '../components/Field';

type Bound<V extends FieldValues, N extends Path<V>> = { control: Control<V>; name: N };

export type FormSelectProps<V extends FieldValues, N extends Path<V>> = Bound<V, N> &
  Omit<SelectFieldProps<PathValue<V, N> & string>, 'value' | 'onChange' | 'name'>;

/** A `SelectField` showing and setting one value of a react-hook-form form (`control={form.control} name="kind"`). */
export function FormSelect<V extends FieldValues, N extends Path<V>>({
  control,
  name,
  ...select
}: FormSelectProps<V, N>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <SelectField {...select} value={field.value} onChange={field.onChange} />}
    />
  );
}

export type FormCheckboxProps<V extends FieldValues, N extends Path<V>> = Bound<V, N> &
  Omit<CheckboxProps, 'checked' | 'onChange' | 'name'>;

/** A `Checkbox` showing and setting one yes/no value of a react-hook-form form. */
export function FormCheckbox<V extends FieldValues, N extends Path<V>>({
  control,
  name,
  ...checkbox
}: FormCheckboxProps<V, N>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Checkbox {...checkbox} checked={field.value} onChange={field.onChange} />}
    />
  );
}

export type FormChoiceProps<V extends FieldValues, N extends Path<V>> = Bound<V, N> & {
  /** The radio buttons' own `name` (`name` is the form value's). */
  groupName: string;
} & Omit<ChoiceGroupProps<PathValue<V, N> & string>, 'value' | 'onChange' | 'name'>;

/** A `ChoiceGroup` (a row of radio keys) showing and setting one value of a react-hook-form form. */
export function FormChoice<V extends FieldValues, N extends Path<V>>({
  control,
  name,
  groupName,
  ...choice
}: FormChoiceProps<V, N>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <ChoiceGroup {...choice} name={groupName} value={field.value} onChange={field.onChange} />}
    />
  );
}
