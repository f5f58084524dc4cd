/**
 * A road's number is no group (reports34): "les Maï-Maï Simba ont barré la RN4 et rançonnent les camions", "CODECO
 * blocked the N27", "barrière sur la RP 401". Capitalised letters and a digit read like an acronym ("FPIC-2"): national,
 * provincial and regional roads ("RN4", "N27", "RP401", "RR12") are not named as groups.
 */
const ROAD = /^(RN|RP|RR|N|NR)\d{1,4}$/;

export function isRoadNumber(text: string): boolean {
  return ROAD.test(text);
}
