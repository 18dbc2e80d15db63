import { z } from 'zod';
import { contract, type MethodName } from './index';

/** What a form needs to know of one input field, read from its zod schema. */
export interface FieldLimit {
  required?: true;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

/** JavaScript's safe-integer bound is what `z.number().int()` adds; a form has nothing to say about it. */
const UNSAID = Number.MAX_SAFE_INTEGER;

function limitOf(schema: JsonSchema): FieldLimit {
  const branches = schema.anyOf ?? [schema];
  const limit: FieldLimit = {};
  for (const branch of branches) {
    if (branch.minLength !== undefined) limit.minLength = branch.minLength;
    if (branch.maxLength !== undefined) limit.maxLength = branch.maxLength;
    if (branch.minimum !== undefined && Math.abs(branch.minimum) !== UNSAID) limit.minimum = branch.minimum;
    if (branch.maximum !== undefined && Math.abs(branch.maximum) !== UNSAID) limit.maximum = branch.maximum;
  }
  return limit;
}

/** Dotted paths of an object schema; an array's items are `path.*`. Only fields with something to say are kept. */
function collect(schema: JsonSchema, prefix: string, into: Record<string, FieldLimit>): void {
  const objects = (schema.anyOf ?? [schema]).filter((branch) => branch.properties);
  for (const object of objects) {
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const path = prefix === '' ? name : `${prefix}.${name}`;
      const limit = limitOf(property);
      if (object.required?.includes(name)) limit.required = true;
      if (Object.keys(limit).length > 0) into[path] = { ...into[path], ...limit };
      collect(property, path, into);
      const items = (property.anyOf ?? [property]).find((branch) => branch.items)?.items;
      if (items) {
        const itemLimit = limitOf(items);
        if (Object.keys(itemLimit).length > 0) into[`${path}.*`] = itemLimit;
        collect(items, `${path}.*`, into);
      }
    }
  }
}

export function fieldLimits(method: MethodName): Record<string, FieldLimit> {
  const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const limits: Record<string, FieldLimit> = {};
  collect(schema, '', limits);
  return limits;
}

/**
 * The source of `renderer/generated/contract-meta.ts`: who may call each method and the limits of its input's
 * fields, so the renderer shows and bounds what main accepts without bundling zod.
 */
export function renderContractMeta(): string {
  const names = (Object.keys(contract) as MethodName[]).sort();
  const roles = Object.fromEntries(names.map((name) => [name, contract[name].roles]));
  const limits = Object.fromEntries(
    names.map((name) => [name, fieldLimits(name)]).filter(([, fields]) => Object.keys(fields as object).length > 0),
  );
  return [
    '// Generated from shared/contract by `npm run generate:contract` (main/codegen/contract-meta.ts). Do not edit:',
    '// test/unit/contract-meta.test.ts fails when this file no longer matches the contract.',
    "import type { MethodName } from '../../shared/contract';",
    "import type { OperatorRole } from '../../shared/domain/values';",
    '',
    `export const METHOD_ROLES = ${JSON.stringify(roles, null, 2)} as const satisfies Record<MethodName, readonly OperatorRole[] | 'any'>;`,
    '',
    `export const FIELD_LIMITS = ${JSON.stringify(limits, null, 2)} as const;`,
    '',
  ].join('\n');
}
