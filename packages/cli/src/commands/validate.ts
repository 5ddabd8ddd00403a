import { safeParseFormDefinition, validateForm } from '@motcua/forms';
import type { Command } from '../command';
import { InputError, json, readJson, UsageError } from '../io';

/** `motcua validate <form.json> <dossier.json>`: a form definition + a JSON dossier → issues. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate a JSON dossier against a form definition',
  usage: 'motcua validate <form.json> <dossier.json> [--locale vi|en] [--json]',
  help: `Validate a dossier's data (JSON) against a form definition (JSON), exactly as the ward does.

Usage: motcua validate <form.json> <dossier.json> [--locale vi|en] [--json]

  <form.json>     a form definition (see the guide "Dossier forms"; samples in examples/forms/)
  <dossier.json>  the data a citizen submitted
  --locale        language of the messages: vi (default) or en
  --json          print { "ok": true, "value": … } or { "ok": false, "issues": [{ path, code, message }] }

Exit codes: 0 the dossier is valid; 1 it is not (issues printed), or a file is unreadable or the
definition is invalid (with the definition's issues); 2 bad usage.`,
  options: { locale: { type: 'string' } },
  run({ str, positionals, json: asJson }, io) {
    const [formPath, dataPath, ...extra] = positionals;
    if (formPath === undefined || dataPath === undefined)
      throw new UsageError('validate needs <form.json> and <dossier.json>');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const locale = str('locale') ?? 'vi';
    if (locale !== 'vi' && locale !== 'en')
      throw new UsageError(`--locale must be vi or en, got '${String(locale)}'`);

    const formJson = readJson(formPath);
    const dataJson = readJson(dataPath);
    const definition = safeParseFormDefinition(formJson, { locale });
    if (!definition.ok && safeParseFormDefinition(dataJson).ok)
      throw new UsageError(
        locale === 'vi'
          ? `hai đối số bị đảo: ${dataPath} là định nghĩa biểu mẫu, nó phải đứng trước (motcua validate ${dataPath} ${formPath})`
          : `the arguments look swapped: ${dataPath} is the form definition and comes first (motcua validate ${dataPath} ${formPath})`,
      );
    if (!definition.ok) {
      const lines = definition.issues.map(
        (i) => `  ${i.path.join('.') || '(definition)'}: ${i.message} [${i.code}]`,
      );
      const what =
        locale === 'vi'
          ? 'không phải là định nghĩa biểu mẫu hợp lệ'
          : 'not a valid form definition';
      throw new InputError(`${formPath}: ${what}:\n${lines.join('\n')}`);
    }
    const result = validateForm(definition.value, dataJson, { locale });
    if (asJson) io.out(json(result));
    else if (result.ok) io.out(locale === 'vi' ? `Hợp lệ: ${dataPath}` : `Valid: ${dataPath}`);
    else {
      io.out(
        locale === 'vi'
          ? `Không hợp lệ: ${dataPath} (${result.issues.length} lỗi)`
          : `Invalid: ${dataPath} (${result.issues.length} issue(s))`,
      );
      for (const i of result.issues)
        io.out(`  ${i.path.join('.') || '(dossier)'}: ${i.message} [${i.code}]`);
    }
    if (!result.ok) throw new SilentFailure();
  },
};

/** Exit 1 after the output was already printed (the dossier is invalid). */
export class SilentFailure extends InputError {
  constructor() {
    super('');
  }
}
