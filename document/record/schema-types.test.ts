// The record's TypeScript types (types.ts) checked against schema/record.schema.json both ways, so
// the two cannot drift: every schema property is a field of the matching interface and every field
// a schema property, with the same required-ness and compatible types. The types are read with the
// TypeScript compiler (already a dev dependency); nothing is generated.
//
// Types are compared as sets of JSON kinds: string, number (integer too), boolean, null, arrays of
// kinds, and records (a schema object definition <-> its interface, by the table below). String
// literals (a schema's enum or const, a TypeScript union of literals) must be the same set when
// both sides list them; when only one side does, it is a deliberate narrowing (Grain in types.ts
// for the schema's free "grain" string; the schema's const "1" for the type's schemaVersion string)
// and the other side's base kind must be string.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';
import { SCHEMA_VERSION } from './types.js';

/** Schema definitions that are objects, and the interface in types.ts for each; '' is the root. */
const INTERFACES: Readonly<Record<string, string>> = {
  '': 'NewsRecord',
  range: 'Range',
  span: 'Span',
  mention: 'Mention',
  person: 'Person',
  quote: 'Quote',
  number: 'NumberItem',
  date: 'DateItem',
};

const TYPES_FILE = fileURLToPath(new URL('./types.ts', import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/record.schema.json', import.meta.url));

type Json = Record<string, unknown>;

/** One object's fields: each field's kinds (sorted) and whether it is required. */
type Shape = Map<string, { kinds: string[]; required: boolean }>;

// ---- the schema side

/** An object definition's fields, its allOf parts merged in. */
function schemaShape(schema: Json, node: Json): Shape {
  const shape: Shape = new Map();
  const parts = [...((node['allOf'] as Json[] | undefined) ?? []).map((p) => deref(schema, p)), node];
  const required = new Set(parts.flatMap((p) => (p['required'] as string[] | undefined) ?? []));
  for (const part of parts)
    for (const [name, prop] of Object.entries((part['properties'] as Record<string, Json>) ?? {}))
      shape.set(name, { kinds: schemaKinds(schema, prop), required: required.has(name) });
  return shape;
}

/** The definition a $ref names. */
function deref(schema: Json, node: Json): Json {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
  const def = name ? (schema['definitions'] as Record<string, Json>)[name] : undefined;
  if (!def) throw new Error(`unknown $ref ${ref}`);
  return def;
}

/** The kinds a schema node allows. */
function schemaKinds(schema: Json, node: Json): string[] {
  const out = new Set<string>();
  const add = (n: Json): void => {
    const ref = n['$ref'];
    if (typeof ref === 'string') {
      const name = ref.replace('#/definitions/', '');
      if (name in INTERFACES) out.add(`{${name}}`);
      else add(deref(schema, n));
      return;
    }
    for (const alt of [...((n['oneOf'] as Json[]) ?? []), ...((n['anyOf'] as Json[]) ?? [])]) add(alt);
    if ('const' in n) out.add(JSON.stringify(n['const']));
    for (const v of (n['enum'] as unknown[] | undefined) ?? [])
      out.add(v === null ? 'null' : JSON.stringify(v));
    const types = n['type'] === undefined ? [] : ([] as unknown[]).concat(n['type']);
    for (const t of types) {
      if (t === 'integer' || t === 'number') out.add('number');
      else if (t === 'array') out.add(`${schemaKinds(schema, (n['items'] as Json) ?? {}).join('|')}[]`);
      else if (t === 'string' && ('const' in n || 'enum' in n))
        continue; // the literals say it
      else out.add(String(t));
    }
  };
  add(node);
  return [...out].sort();
}

/** Every object of the schema (the root and each object definition) by its INTERFACES key. */
function schemaObjects(schema: Json): Map<string, Shape> {
  const out = new Map<string, Shape>([['', schemaShape(schema, schema)]]);
  for (const [name, def] of Object.entries(schema['definitions'] as Record<string, Json>))
    if (def['properties'] || def['allOf']) out.set(name, schemaShape(schema, def));
  return out;
}

// ---- the TypeScript side

/** Every interface of types.ts by name, as fields with kinds and required-ness. */
function typeObjects(): Map<string, Shape> {
  const program = ts.createProgram([TYPES_FILE], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES_FILE);
  if (!source) throw new Error(`cannot read ${TYPES_FILE}`);
  const byInterface = Object.fromEntries(Object.entries(INTERFACES).map(([k, v]) => [v, k]));

  const kinds = (type: ts.Type, out: Set<string>): void => {
    if (type.isUnion()) {
      // boolean is the union true | false
      for (const t of type.types) kinds(t, out);
      return;
    }
    const f = type.flags;
    if (f & ts.TypeFlags.Undefined) return; // an optional field's "missing"
    if (f & ts.TypeFlags.Null) out.add('null');
    else if (f & ts.TypeFlags.StringLiteral) out.add(JSON.stringify((type as ts.StringLiteralType).value));
    else if (f & ts.TypeFlags.String) out.add('string');
    else if (f & ts.TypeFlags.Number) out.add('number');
    else if (f & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) out.add('boolean');
    else if (checker.isArrayType(type)) {
      const item = checker.getTypeArguments(type as ts.TypeReference)[0];
      const inner = new Set<string>();
      if (item) kinds(item, inner);
      out.add(`${[...inner].sort().join('|')}[]`);
    } else {
      const name = type.getSymbol()?.getName() ?? checker.typeToString(type);
      out.add(name in byInterface ? `{${byInterface[name]}}` : `unmapped type ${name}`);
    }
  };

  const out = new Map<string, Shape>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const type = checker.getTypeAtLocation(statement.name);
    const shape: Shape = new Map();
    for (const prop of checker.getPropertiesOfType(type)) {
      const set = new Set<string>();
      kinds(checker.getTypeOfSymbolAtLocation(prop, statement), set);
      shape.set(prop.getName(), {
        kinds: [...set].sort(),
        required: !(prop.getFlags() & ts.SymbolFlags.Optional),
      });
    }
    out.set(statement.name.text, shape);
  }
  return out;
}

// ---- the comparison

const isLiteral = (k: string): boolean => k.startsWith('"');

/** Whether two kind sets agree, literals on one side only standing for strings. */
function compatible(a: string[], b: string[]): boolean {
  const bare = (ks: string[]): string[] => [...new Set(ks.map((k) => (isLiteral(k) ? 'string' : k)))].sort();
  const aLit = a.some(isLiteral);
  const bLit = b.some(isLiteral);
  const x = aLit && !bLit ? bare(a) : a;
  const y = bLit && !aLit ? bare(b) : b;
  return x.join(',') === y.join(',');
}

/** Every disagreement between the schema and the types, one line each. */
function drift(schema: Json, types: Map<string, Shape>): string[] {
  const problems: string[] = [];
  const objects = schemaObjects(schema);
  for (const key of objects.keys())
    if (!(key in INTERFACES)) problems.push(`schema definition "${key}" has no interface in the table`);
  for (const [key, name] of Object.entries(INTERFACES)) {
    const where = key === '' ? 'the record' : `definitions.${key}`;
    const s = objects.get(key);
    const t = types.get(name);
    if (!s || !t) {
      problems.push(
        `${where} <-> ${name}: ${s ? 'no such interface in types.ts' : 'no such object in the schema'}`,
      );
      continue;
    }
    for (const [field, sf] of s) {
      const tf = t.get(field);
      if (!tf) problems.push(`${where}.${field} is missing from ${name}`);
      else {
        if (sf.required !== tf.required)
          problems.push(
            `${name}.${field} is ${tf.required ? 'required' : 'optional'} in types.ts, ${sf.required ? 'required' : 'optional'} in the schema`,
          );
        if (!compatible(sf.kinds, tf.kinds))
          problems.push(
            `${name}.${field}: types.ts says ${tf.kinds.join(' | ')}, the schema ${sf.kinds.join(' | ')}`,
          );
      }
    }
    for (const field of t.keys())
      if (!s.has(field)) problems.push(`${name}.${field} is missing from the schema (${where})`);
  }
  return problems;
}

const readSchema = (): Json => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Json;

describe('document/record/types.ts against schema/record.schema.json', () => {
  const types = typeObjects();

  test('every schema property is a field of the types and every field a schema property, alike', () => {
    expect(drift(readSchema(), types)).toEqual([]);
  });

  test("SCHEMA_VERSION is the schema's schemaVersion", () => {
    const props = readSchema()['properties'] as Record<string, Json>;
    expect(props['schemaVersion']?.['const']).toBe(SCHEMA_VERSION);
  });

  test('the check sees drift: a field, a required-ness, an enum value, a type, a new definition', () => {
    const schema = readSchema();
    const defs = schema['definitions'] as Record<string, Json>;
    const props = (name: string): Record<string, Json> => defs[name]!['properties'] as Record<string, Json>;
    props('person')['age'] = { type: 'integer' };
    delete props('quote')['cue'];
    (defs['quote']!['required'] as string[]).splice(
      (defs['quote']!['required'] as string[]).indexOf('cue'),
      1,
    );
    (defs['date']!['required'] as string[]).push('value');
    (props('number')['kind']!['enum'] as string[]).push('rank');
    props('person')['quoted'] = { type: 'string' };
    defs['place'] = { type: 'object', properties: { name: { type: 'string' } } };
    expect(drift(schema, types)).toEqual([
      'schema definition "place" has no interface in the table',
      'Person.quoted: types.ts says boolean, the schema string',
      'definitions.person.age is missing from Person',
      'Quote.cue is missing from the schema (definitions.quote)',
      'NumberItem.kind: types.ts says "age" | "count" | "money" | "ordinal" | "percent" | "quantity", the schema "age" | "count" | "money" | "ordinal" | "percent" | "quantity" | "rank"',
      'DateItem.value is optional in types.ts, required in the schema',
    ]);
  });
});
