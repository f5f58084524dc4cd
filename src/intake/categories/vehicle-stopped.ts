import type { Token } from '../normalize.js';
import type { SignalHit } from './categories.js';

/**
 * "Arrêter" says both "to arrest" and "to stop": "des hommes armés ont arrêté un bus près de Komanda et dépouillé les
 * passagers" stopped a vehicle, nobody was arrested (its English, "stopped a bus", holds no arrest word). A detention
 * hit on the verb is set aside when a vehicle is what it stopped; what was done next (robbed, took people) is read by
 * its own words. Look-alikes kept: "ont arrêté le chauffeur du bus" (a person), "arrested 3 bus drivers".
 */
const STOP_VERB = /^(arrete|arretes|arretee|arretees|arretent|arretaient|arretait|arreter|stopped|arrested)$/;
const ARTICLE = /^(un|une|le|la|les|des|l|the|a|an|deux|trois|two|three|\d+|leur|their|notre|our)$/;
const VEHICLE = /^(bus|minibus|camions?|vehicules?|voitures?|motos?|convoi|convois|taxis?|jeeps?|trucks?|lorr(y|ies)|cars?|vehicles?|convoys?|bateaux?|boats?|pirogues?|canots?|fuso|hilux|pick-?up)$/;

export function vehicleStopped(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'detention' || !STOP_VERB.test(tokens[h.start]?.norm ?? '')) return false;
  let k = h.end;
  if (ARTICLE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  return VEHICLE.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && !/^(chauffeurs?|drivers?|conducteurs?|motards?)$/.test(tokens[k + 1]?.norm ?? '');
}
