/** Infers the kind of place from a free-text location, for scripts that leave `setting` out. */
import type {Scene, Setting} from './script';

// Ordered: the first match wins, so specific places come before generic ones ("hospital room" is a hospital).
const KEYWORDS: [Setting, RegExp][] = [
  [
    'hospital',
    /hospital|clinic|ward|\bicu\b|surgery|doctor|nurse|emergency room|krankenhaus|hôpital|hospital|病院|医院/i,
  ],
  ['rooftop', /roof|terrace|balcony|dach|toit|屋上|天台/i],
  ['car', /\bcar\b|taxi|uber|\bvan\b|truck|backseat|driver|parking|garage|auto|voiture|車|车/i],
  ['station', /station|platform|subway|metro|train|airport|terminal|bus stop|gate \d|bahnhof|gare|駅|站/i],
  ['church', /church|chapel|cathedral|altar|wedding|temple|shrine|mosque|église|kirche|教会|教堂/i],
  ['hotel', /hotel|motel|lobby|suite|resort|inn\b/i],
  ['school', /school|classroom|campus|universit|college|lecture|library|dorm|école|schule|学校|学院/i],
  [
    'office',
    /office|boardroom|meeting room|conference|cubicle|headquarters|\bhq\b|bank|firm|agency|studio|lab\b|büro|bureau|会社|办公/i,
  ],
  ['cafe', /caf[eé]|coffee|bakery|tea ?house|diner|咖啡|カフェ/i],
  ['restaurant', /restaurant|dinner|kitchen of the|bistro|banquet|ristorante|レストラン|餐厅/i],
  ['bar', /\bbar\b|\bpub\b|club|lounge|casino|tavern|酒吧|バー/i],
  ['party', /party|gala|ball\b|reception|celebration|fest|concert|stage/i],
  ['kitchen', /kitchen|küche|cuisine|厨房|台所/i],
  ['bedroom', /bedroom|\bbed\b|nursery|chambre|schlafzimmer|卧室|寝室/i],
  ['beach', /beach|shore|sea\b|ocean|pier|harbou?r|dock|coast|plage|strand|海/i],
  ['park', /park|garden|playground|cemetery|grave|field|meadow|jardin|公园|公園/i],
  ['forest', /forest|woods|cabin|mountain|trail|lake|river|wald|forêt|森|林/i],
  ['warehouse', /warehouse|factory|basement|cellar|alley|storage|shed|abandoned|tunnel|bunker|lager|倉庫|仓库/i],
  [
    'home',
    /home|house|apartment|flat\b|living room|hallway|doorstep|porch|mansion|villa|maison|wohnung|家|アパート|公寓/i,
  ],
  ['street', /street|road|avenue|crosswalk|corner|sidewalk|bridge|square|market|city|town|rue|straße|街|路/i],
];

export function inferSetting(location: string): Setting {
  for (const [setting, pattern] of KEYWORDS) if (pattern.test(location)) return setting;
  return 'street';
}

export function sceneSetting(scene: Pick<Scene, 'setting' | 'location'>): Setting {
  return scene.setting ?? inferSetting(scene.location);
}
