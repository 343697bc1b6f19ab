import { Ajv, type ValidateFunction } from 'ajv';
import type { AnyRuleModule } from '../engine/types.js';
import { ConfigError, type ConfigLocation } from './types.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Checks a rule's options against its meta schema. The error names the rule, the option (as a JSON
 * pointer into the options object) and what is wrong; `location` places it in the config file.
 */
export function validateRuleOptions(
  rule: AnyRuleModule,
  options: Record<string, unknown>,
  file: string | undefined,
  location?: ConfigLocation,
  /** The id the rule runs under (`kakushi/approved-contractor`); its meta id by default. */
  ruleId: string = rule.meta.id,
): void {
  const schema = rule.meta.schema;
  if (!schema) {
    if (Object.keys(options).length > 0) {
      throw new ConfigError(`ルール「${ruleId}」はオプションを取りません / rule "${ruleId}" takes no options`, file, location);
    }
    return;
  }
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(options)) {
    const detail = (validate.errors ?? [])
      .map((e) => {
        const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
        return `${e.instancePath || '/'} ${e.message ?? ''}${extra}`;
      })
      .join('; ');
    throw new ConfigError(`ルール「${ruleId}」のオプションが不正です / invalid options for rule "${ruleId}": ${detail}`, file, location);
  }
}
