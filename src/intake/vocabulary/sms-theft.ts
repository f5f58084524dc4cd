import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * SMS theft lines with the "de" dropped (reports26): "vol chevres boikene cette nuit", "vol vaches mangina hier",
 * "vol moto beni". "vol" alone is no theft (a flight: "vol MONUSCO", "vol humanitaire"), so it is read as one only
 * when a thing people own follows it at once: livestock, a vehicle, a phone, money, goods, harvests.
 */
const GOODS = [
  'chevres', 'chevre', 'vaches', 'vache', 'betail', 'betails', 'boeufs', 'boeuf', 'moutons', 'mouton', 'porcs', 'porc', 'cochons', 'cochon',
  'poules', 'poule', 'volailles', 'betes', 'motos', 'moto', 'velo', 'velos', 'bicyclette', 'bicyclettes', 'vehicule', 'vehicules',
  'telephone', 'telephones', 'phones', 'argent', 'biens', 'marchandises', 'recoltes', 'recolte', 'vivres', 'mbuzi', 'ng ombe',
];
const SMS_THEFT: Partial<Record<Signal, readonly Keyword[]>> = {
  loot: ['vol', 'vols'].flatMap((v) => GOODS.map((g) => `${v} ${g}`)),
};

/** Adds the SMS theft phrases to the keyword table (a phrase already there for the signal is not added twice). */
export function withSmsTheft(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(SMS_THEFT) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}
