import { useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import type { ApiError, ApiResult } from '../../shared/errors';
import { isFieldInError, localProblem } from '../components/fieldError';
import { useT } from '../i18n/useT';
import { limitAt, maxLengthAt, type LimitedMethod } from './limits';

export interface ContractForm<V extends FieldValues> {
  form: UseFormReturn<V>;
  /**
   * A text field's props: registered with react-hook-form, bounded and required as the contract says, outlined
   * when the problem shown names it. `path` is both the form value and the contract's input field.
   */
  field: (path: Path<V> & string, label: string, contractPath?: string) => FieldBinding;
  /**
   * The form's `onSubmit`: checks the contract's limits first, then saves; a refusal from main is kept to show.
   * `onProblem` hears every problem shown, found here or by main (a desk beeps).
   */
  submit: (
    save: (values: V) => Promise<ApiResult<unknown> | ApiError | null>,
    onProblem?: (problem: ApiError) => void,
  ) => () => void;
  /** What to show in the form's red banner: the first field left wrong here, or main's refusal. */
  problem: ApiError | null;
  setProblem: (problem: ApiError | null) => void;
  invalid: (path: string) => boolean;
}

export interface FieldBinding {
  name: string;
  ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  // biome-ignore lint/suspicious/noConfusingVoidType: react-hook-form's own ChangeHandler type.
  onChange: (event: { target: unknown; type?: unknown }) => Promise<boolean | void>;
  // biome-ignore lint/suspicious/noConfusingVoidType: react-hook-form's own ChangeHandler type.
  onBlur: (event: { target: unknown; type?: unknown }) => Promise<boolean | void>;
  maxLength?: number;
  invalid: boolean;
  /** The words of the refusal naming this field, shown under it. */
  error?: string;
}

/** The first of react-hook-form's errors as a refusal shaped like main's, so the same banner says it. */
function firstProblem<V extends FieldValues>(errors: FieldErrors<V>): ApiError | null {
  for (const [path, error] of Object.entries(errors)) {
    const message = error && typeof error.message === 'string' ? error.message : null;
    if (message) return localProblem(message, path);
  }
  return null;
}

/**
 * The one form approach of the renderer: react-hook-form, with each field's limits read from the contract the call
 * will be checked against (`renderer/generated/contract-meta.ts`), so no limit is copied into a screen.
 */
export function useContractForm<M extends LimitedMethod, V extends FieldValues>(
  method: M,
  defaultValues: DefaultValues<V>,
): ContractForm<V> {
  const t = useT();
  const form = useForm<V>({ defaultValues, shouldFocusError: false });
  const [problem, setProblem] = useState<ApiError | null>(null);
  const invalid = (path: string) => isFieldInError(problem, path);

  /** `path` names the form value; `contractPath` the input field whose limits apply, when it differs. */
  const field = (path: Path<V> & string, label: string, contractPath: string = path): FieldBinding => {
    const limit = limitAt(method, contractPath);
    const required = limit.required && (limit.minLength ?? 0) > 0;
    const registered = form.register(path, {
      validate: (value: unknown) => {
        const text = typeof value === 'string' ? value.trim() : value;
        if (required && (text === '' || text === undefined || text === null)) return t('ui.required', { field: label });
        return true;
      },
    });
    const named = invalid(path) || (contractPath !== path && isFieldInError(problem, contractPath));
    const binding: FieldBinding = { ...registered, maxLength: maxLengthAt(method, contractPath), invalid: named };
    if (named && problem) binding.error = problem.message;
    return binding;
  };

  const submit: ContractForm<V>['submit'] = (save, onProblem) => {
    const show = (shown: ApiError | null) => {
      setProblem(shown);
      // react-hook-form knows the field main refused; the banner (`revealProblem`) focuses and scrolls to it.
      if (shown?.field) form.setError(shown.field as Path<V>, { type: 'refused', message: shown.message });
      if (shown) onProblem?.(shown);
    };
    return () => {
      // A refusal set on a field that no input registers would stay in the errors and stop every later submit.
      form.clearErrors();
      void form.handleSubmit(
        async (values) => {
          setProblem(null);
          const outcome = await save(values);
          if (outcome === null) return;
          show('ok' in outcome ? (outcome.ok ? null : outcome.error) : outcome);
        },
        (errors) => show(firstProblem(errors)),
      )();
    };
  };

  return { form, field, submit, problem, setProblem, invalid };
}
