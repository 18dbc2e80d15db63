import { z } from 'zod';
import { contract, type MethodName } from '../../shared/contract';

/** A method's input as JSON Schema (what a caller sends, before zod's transforms). */
export interface InputSchema {
  type?: string | string[];
  properties?: Record<string, InputSchema>;
  required?: string[];
  items?: InputSchema;
  anyOf?: InputSchema[];
  oneOf?: InputSchema[];
  allOf?: InputSchema[];
  additionalProperties?: InputSchema | boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

export const METHOD_NAMES = Object.keys(contract).sort() as MethodName[];

export function inputSchemaOf(method: MethodName): InputSchema {
  return z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as InputSchema;
}

/** Every property name of an input schema, at any depth (`devices.*.serial` gives `devices` and `serial`). */
export function propertyNames(schema: InputSchema, into = new Set<string>()): Set<string> {
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    into.add(name);
    propertyNames(property, into);
  }
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    propertyNames(branch, into);
  if (schema.items) propertyNames(schema.items, into);
  if (typeof schema.additionalProperties === 'object') propertyNames(schema.additionalProperties, into);
  return into;
}

/** How to get a field wrong: leave it out, send the wrong type, go past its bounds, or break its form. */
export type Mistake = 'missing' | 'blank' | 'wrong_type' | 'out_of_bounds' | 'malformed';
export const MISTAKES: readonly Mistake[] = ['missing', 'blank', 'wrong_type', 'out_of_bounds', 'malformed'];

function branchOf(schema: InputSchema): InputSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!branches) return schema;
  return branches.find((branch) => branch.type !== 'null') ?? schema;
}

function typeOf(schema: InputSchema): string | undefined {
  if (schema.enum || schema.const !== undefined) return 'enum';
  return Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type;
}

/** A wrong value for this schema, made the way `mistake` says; objects and arrays get it wrong inside. */
export function wrongValue(schema: InputSchema, mistake: Mistake, depth = 0): unknown {
  const chosen = branchOf(schema);
  const type = typeOf(chosen);
  if (type === 'object' || chosen.properties) return wrongObject(chosen, mistake, depth + 1);
  if (mistake === 'wrong_type') return type === 'string' || type === 'enum' ? 12345 : 'abc';
  if (mistake === 'blank') return type === 'string' ? '   ' : type === 'array' ? [] : null;
  switch (type) {
    case 'string':
      if (mistake === 'out_of_bounds' && chosen.maxLength !== undefined) return 'x'.repeat(chosen.maxLength + 1);
      if (mistake === 'out_of_bounds' && (chosen.minLength ?? 0) > 1) return 'x';
      return '#!\u00e9 / x';
    case 'number':
    case 'integer':
      if (mistake === 'malformed') return type === 'integer' ? 1.5 : 'NaN';
      if (chosen.maximum !== undefined) return chosen.maximum + 1;
      if (chosen.exclusiveMaximum !== undefined) return chosen.exclusiveMaximum;
      if (chosen.minimum !== undefined) return chosen.minimum - 1;
      if (chosen.exclusiveMinimum !== undefined) return chosen.exclusiveMinimum;
      return -1;
    case 'boolean':
      return 'yes';
    case 'enum':
      return 'no-such-choice';
    case 'array':
      if (mistake === 'out_of_bounds' && chosen.maxItems !== undefined && chosen.maxItems < 50)
        return Array.from({ length: chosen.maxItems + 1 }, () => null);
      return chosen.items && depth < 4 ? [wrongValue(chosen.items, mistake, depth + 1)] : ['?'];
    default:
      return { unexpected: true };
  }
}

function wrongObject(schema: InputSchema, mistake: Mistake, depth: number): Record<string, unknown> {
  if (mistake === 'missing') return {};
  const out: Record<string, unknown> = {};
  if (depth > 5) return out;
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    out[name] = wrongValue(property, mistake, depth);
  return out;
}
