/**
 * Words of where a force stands that sit between it and what it did (reports28): "police at Kasindi border post take
 * 10$ per sack", "soldiers at the Mahagi customs post beat…", "policiers du poste frontalier de Kasindi exigent…". The
 * post itself is read by host-forces.ts (MEMBERS); its qualifier is no verb and no member either.
 */
const POST_WORDS = /^(border|frontier|frontalier|frontiere|customs|douane|douanier|douaniere|mixed|mixte|river|fluvial|lake|port|beach|plage|market|marche|bridge|pont)$/;

export function postQualifier(word: string): boolean {
  return POST_WORDS.test(word);
}
