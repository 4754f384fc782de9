import fc from 'fast-check';
import type { z } from '../../../shared/zod';

/** Values that have broken parsers and queries elsewhere, mixed with the ids of real rows. */
function hostileValues(realIds: readonly string[]): unknown[] {
  return [
    ...realIds,
    '00000000-0000-4000-8000-000000000000',
    '',
    ' ',
    'a'.repeat(70_000),
    '\u0000',
    '\uD800',
    '../../../../etc/passwd',
    'C:\\Windows\\system32',
    "'; DROP TABLE cases; --",
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'Böse\u0001stadt',
    'Antwort \uFFFE',
    '2026-02-30',
    '9999-12-31',
    '2026-13',
    'ja',
    'UEsDBBQAAAAIAA==',
    Buffer.from('keine Datei').toString('base64'),
    '{"id": "x"}',
    '🏛️ Rathaus',
    0,
    -1,
    1,
    3,
    5,
    0.5,
    -0,
    2 ** 53,
    1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
    [],
    {},
    [[[]]],
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];
}

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

interface PayloadPools {
  hostile: fc.Arbitrary<unknown>;
  realIds: readonly string[];
}

/** A value of the leaf's own type, favouring the ids of real rows, so that payloads reach the handlers. */
function typedLeaf(type: string, pools: PayloadPools): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...pools.realIds) },
        { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
        { weight: 1, arbitrary: fc.constantFrom('2026-03-01', '2026-03', 'Rathaus', 'DS 2026/001') },
      );
    case 'number':
      return fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), fc.integer({ min: 2020, max: 2035 }));
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * Payloads shaped like the schema: its keys, enum values and leaf types, with a hostile value
 * in some places, so that many get past validation and reach the handler.
 */
function shapedPayload(schema: z.ZodType, pools: PayloadPools, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const wrong = fc.oneof(pools.hostile, fc.jsonValue({ maxDepth: 2 }));
  const inner = (child: z.ZodType) => fc.oneof({ weight: 9, arbitrary: shapedPayload(child, pools, depth + 1) }, { weight: 1, arbitrary: wrong });
  if (depth > 4) return wrong;
  switch (def.type) {
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, child]) => [key, inner(child)]));
      return fc.oneof({ weight: 4, arbitrary: fc.record(fields) }, { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => shapedPayload(option, pools, depth + 1)));
    case 'pipe':
      return def.in ? shapedPayload(def.in, pools, depth + 1) : wrong;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return def.innerType ? fc.oneof({ weight: 4, arbitrary: shapedPayload(def.innerType, pools, depth + 1) }, fc.constant(null), fc.constant(undefined)) : wrong;
    case 'array':
      return def.element ? fc.array(inner(def.element), { maxLength: 4 }) : wrong;
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    default:
      return typedLeaf(def.type, pools);
  }
}

/** Any value at all, a payload shaped like the method's input, or one with an extra key. */
export function payloadsFor(schema: z.ZodType, realIds: readonly string[]): fc.Arbitrary<unknown> {
  const hostile = fc.constantFrom(...hostileValues(realIds));
  const shaped = shapedPayload(schema, { hostile, realIds });
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }) },
    { weight: 6, arbitrary: shaped },
    { weight: 1, arbitrary: fc.tuple(shaped, fc.string(), hostile).map(([value, key, extra]) => (typeof value === 'object' && value !== null ? { ...value, [key]: extra } : value)) },
  );
}
