/** Code drafts in localStorage, one per problem and language, and the language last used. */
import { CODE_LANGUAGES, type CodeLanguage } from "../../../../common/api/coding";

const PREFIX = "backprep.coding";
const draftKey = (slug: string, language: CodeLanguage) => `${PREFIX}.draft.${slug}.${language}`;

/** localStorage can throw (private mode, quota): a draft is a convenience, never an error for the user. */
function safely<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch (err) {
    console.warn("localStorage unavailable", err);
    return fallback;
  }
}

export function loadDraft(slug: string, language: CodeLanguage): string | null {
  return safely(() => localStorage.getItem(draftKey(slug, language)), null);
}

export function saveDraft(slug: string, language: CodeLanguage, source: string): void {
  safely(() => localStorage.setItem(draftKey(slug, language), source), undefined);
}

export function clearDraft(slug: string, language: CodeLanguage): void {
  safely(() => localStorage.removeItem(draftKey(slug, language)), undefined);
}

export function preferredLanguage(): CodeLanguage {
  const stored = safely(() => localStorage.getItem(`${PREFIX}.language`), null);
  return CODE_LANGUAGES.find((l) => l === stored) ?? "js";
}

export function savePreferredLanguage(language: CodeLanguage): void {
  safely(() => localStorage.setItem(`${PREFIX}.language`, language), undefined);
}
