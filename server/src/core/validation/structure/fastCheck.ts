/**
 * A quick yes for the common case: does an object of the tree certainly satisfy its JSON Schema?
 * The structure rule asks this before converting the object to plain values and running ajv, so a
 * valid state costs neither the conversion nor ajv (nor, in a fresh process, compiling ajv's
 * validators). Only "yes" is trusted: on "no" the rule converts and runs ajv as before, and ajv's
 * errors make the diagnostics, so the diagnostics never depend on this module.
 *
 * It reads the tree exactly as the structure rule converts it for ajv (`structuralValue`: fields
 * that hold payloads or nested States are seen shallowly, nothing below MAX_STRUCTURAL_DEPTH),
 * and it understands only the keywords the ASL schemas use. A schema with any other keyword never
 * gets a "yes". Where ajv's reading of a keyword is looser than this module's (integers, numbers
 * that are not finite), this module is the stricter one, so its "yes" implies ajv's.
 */
import type { AstNode, ObjectNode } from '../../syntax/tree';

type JsonSchema = Record<string, unknown>;

/** How the structure rule converts a node for ajv (see structuralValue in rules/structure.ts). */
const enum View {
  /** structuralValue(node, depth): fields in SHALLOW_FIELDS and anything at the depth limit are shallow. */
  Deep,
  /** shallowValue(node): an object is `{}`, an array keeps its items as empty containers. */
  Shallow,
  /** An item of a shallow array: an object is `{}`, an array is `[]`. */
  Empty,
}

/** A compiled schema: true when the node, seen through `view`, certainly satisfies it. */
export type FitCheck = (node: AstNode, view: View, depth: number) => boolean;

export interface FastCheckOptions {
  /** Fields converted shallowly at any depth. */
  shallowFields: ReadonlySet<string>;
  /** Below this depth every value is converted shallowly. */
  maxDepth: number;
  /** Annotation keywords that do not constrain the value. */
  annotations: readonly string[];
  /** Schemas referenced by `$ref`, by their `$id`. */
  shared: readonly JsonSchema[];
}

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

/**
 * Compiles the schemas of a rule into fit checks. `compile(schema)` gives undefined when the
 * schema uses a keyword (or a form of one) that this module does not understand.
 */
export function fastChecker(options: FastCheckOptions): { compile(schema: JsonSchema): ((node: ObjectNode) => boolean) | undefined } {
  const ignored = new Set(['$id', ...options.annotations]);
  const byId = new Map<string, JsonSchema>();
  for (const schema of options.shared) if (typeof schema.$id === 'string') byId.set(schema.$id, schema);
  const compiled = new Map<JsonSchema, FitCheck | null>();

  const compileSchema = (schema: JsonSchema): FitCheck | undefined => {
    if (compiled.has(schema)) return compiled.get(schema) ?? undefined;
    compiled.set(schema, null); // A cycle is not understood.
    const check = build(schema);
    compiled.set(schema, check ?? null);
    return check;
  };

  const build = (schema: JsonSchema): FitCheck | undefined => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return undefined;
    const checks: FitCheck[] = [];
    for (const [keyword, value] of Object.entries(schema)) {
      if (ignored.has(keyword)) continue;
      switch (keyword) {
        case 'type': {
          const types = typeof value === 'string' ? [value] : value;
          if (!Array.isArray(types) || types.length === 0 || !types.every((type) => typeof type === 'string' && TYPES.has(type)))
            return undefined;
          const allowed = new Set(types as string[]);
          checks.push((node) => hasType(node, allowed));
          break;
        }
        case 'enum': {
          if (!Array.isArray(value) || !value.every((item) => item === null || ['string', 'number', 'boolean'].includes(typeof item)))
            return undefined;
          const allowed = value as (string | number | boolean | null)[];
          checks.push((node) => node.type !== 'object' && node.type !== 'array' && allowed.includes(node.value));
          break;
        }
        case 'minimum':
        case 'maximum': {
          if (typeof value !== 'number') return undefined;
          const limit = value;
          const below = keyword === 'minimum';
          checks.push((node) => node.type !== 'number' || (below ? node.value >= limit : node.value <= limit));
          break;
        }
        case 'pattern': {
          if (typeof value !== 'string') return undefined;
          let pattern: RegExp;
          try {
            pattern = new RegExp(value, 'u');
          } catch {
            return undefined;
          }
          checks.push((node) => node.type !== 'string' || pattern.test(node.value));
          break;
        }
        case 'minItems': {
          if (typeof value !== 'number') return undefined;
          const minimum = value;
          checks.push((node, view) => node.type !== 'array' || (view === View.Empty ? 0 : node.items.length) >= minimum);
          break;
        }
        case 'items': {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
          const item = compileSchema(value as JsonSchema);
          if (!item) return undefined;
          checks.push((node, view, depth) => {
            if (node.type !== 'array' || view === View.Empty) return true;
            const itemView = view === View.Deep && depth < options.maxDepth ? View.Deep : view === View.Deep ? View.Shallow : View.Empty;
            // structuralValue converts an item at the depth limit with shallowValue.
            for (const entry of node.items) if (!item(entry, itemView, depth + 1)) return false;
            return true;
          });
          break;
        }
        case 'required': {
          if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) return undefined;
          const names = value as string[];
          checks.push((node, view) => {
            if (node.type !== 'object') return true;
            if (view !== View.Deep) return names.length === 0;
            for (const name of names) if (!hasField(node, name)) return false;
            return true;
          });
          break;
        }
        case 'properties': {
          if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
          const fields = new Map<string, FitCheck>();
          for (const [name, subschema] of Object.entries(value as Record<string, JsonSchema>)) {
            const check = compileSchema(subschema);
            if (!check) return undefined;
            fields.set(name, check);
          }
          const closed = schema.additionalProperties === false;
          checks.push((node, view, depth) => {
            if (node.type !== 'object' || view !== View.Deep) return true;
            for (const property of node.properties) {
              const field = property.value;
              if (!field) continue;
              const key = property.keyValue;
              if (key === '__proto__') return false;
              const check = fields.get(key);
              if (!check) {
                if (closed) return false;
                continue;
              }
              // As structuralValue converts the field (this object is seen deeply here).
              const fieldView = !options.shallowFields.has(key) && depth < options.maxDepth ? View.Deep : View.Shallow;
              if (!check(field, fieldView, depth + 1)) return false;
            }
            return true;
          });
          break;
        }
        case 'additionalProperties': {
          if (value === false) {
            // Without "properties", every field is one too many.
            if (!('properties' in schema))
              checks.push(
                (node, view) => node.type !== 'object' || view !== View.Deep || node.properties.every((property) => !property.value),
              );
            break;
          }
          return undefined;
        }
        case '$ref': {
          const target = typeof value === 'string' ? byId.get(value) : undefined;
          if (!target) return undefined;
          const check = compileSchema(target);
          if (!check) return undefined;
          checks.push(check);
          break;
        }
        default:
          return undefined;
      }
    }
    return (node, view, depth) => {
      for (const check of checks) if (!check(node, view, depth)) return false;
      return true;
    };
  };

  return {
    compile(schema) {
      const check = compileSchema(schema);
      // The structure rule converts a state or the machine with structuralValue(node, 0).
      return check ? (node) => check(node, View.Deep, 0) : undefined;
    },
  };
}

function hasField(node: ObjectNode, name: string): boolean {
  for (const property of node.properties) if (property.value && property.keyValue === name) return true;
  return false;
}

/** JSON Schema's type of a value, strictly: an integer is a finite whole number. */
function hasType(node: AstNode, allowed: ReadonlySet<string>): boolean {
  switch (node.type) {
    case 'number':
      if (!Number.isFinite(node.value)) return false;
      return allowed.has('number') || (allowed.has('integer') && Number.isInteger(node.value));
    default:
      return allowed.has(node.type);
  }
}
