import type { TemplateCall, TemplateMessages, Words } from './index.js';

/** The text of a template message in one language's set. */
function templateText(messages: TemplateMessages, [key, ...args]: TemplateCall): string {
  const template = messages[key] as string | ((...params: unknown[]) => string);
  // At most four arguments: a message's own, never a list's items.
  return typeof template === 'string' ? template : template.apply(undefined, args);
}

/** The `templateMessage` diagnostic template of one language: its sentence and hint from that language's set. */
export function templateWords(messages: TemplateMessages) {
  return ({ message, hint }: { message: TemplateCall; hint: TemplateCall }): Words => ({
    message: templateText(messages, message),
    hint: templateText(messages, hint),
  });
}
