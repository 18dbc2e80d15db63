/**
 * French elision before a name: « d’Emmaüs », « l’Association », « de Rebond », « le Secours ». A name that starts
 * with a vowel or a mute h elides; an aspirated h cannot be told from the spelling, so h always elides (the common case).
 */
const ELIDES = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

export function elides(name: string): boolean {
  return ELIDES.test(name.trim());
}

/** « de Rebond », « d'Emmaüs ». */
export function deName(name: string): string {
  const trimmed = name.trim();
  return elides(trimmed) ? `d’${trimmed}` : `de ${trimmed}`;
}

/** « le Secours », « l'Atelier ». */
export function leName(name: string): string {
  const trimmed = name.trim();
  return elides(trimmed) ? `l’${trimmed}` : `le ${trimmed}`;
}
