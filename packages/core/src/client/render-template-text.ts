import { SmsError } from '../errors/sms-error';

/** Fills `{name}` placeholders; a placeholder without a value fails with `TEMPLATE`. */
export function renderTemplateText(text: string, params: Readonly<Record<string, string>>, template: string): string {
  return text.replace(/\{([A-Za-z0-9_.-]+)\}/g, (_match, name: string) => {
    // Own members only: a `{constructor}` placeholder must not render a function's source.
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) {
      throw new SmsError(
        `Template "${template}" needs the parameter "${name}" but it was not given. Nothing was sent.`,
        { code: 'TEMPLATE' },
      );
    }
    return value;
  });
}
