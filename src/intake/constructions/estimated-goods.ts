/**
 * An estimate between a taking verb and the goods taken: "took about 80 cows", "took around 30 goats", "ont pris environ
 * 80 vaches", "ont emporté près de 50 chèvres", "took more than 100 cattle". Without it the goods were not seen as the
 * object and the report fell to whatever other clause it had ("…, calm" → a quiet day; "…, fear of reprisals" → a
 * tension; reports26). Read by `goodsTakenHits` (constructions/denials-and-rumours.ts) as a filler before the goods.
 */
export const GOODS_ESTIMATE = /^(about|abt|around|approx|approximately|aprox|nearly|almost|over|roughly|some|more|than|least|at|environ|env|pres|presque|plus|moins|au|quelque|d)$/;
/** How many words may stand between the verb and the goods ("ont emporté une centaine de vaches", "took more than 100 cows"). */
export const GOODS_GAP = 5;
