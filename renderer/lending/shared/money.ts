import { useFormat } from '../../components/format';

/** Euro amounts as the operator's language writes them: « 12,50 € », "€12.50". */
export function useEuros(): (cents: number) => string {
  return useFormat().euros;
}
