// News agencies whose name alone on a line (or after a dateline) says who
// wrote a wire story. Outlets that print an agency credit this way are the
// reason a plain-text file can name its source at all.
const AGENCIES: ReadonlySet<string> = new Set(
  [
    'afp', 'agence france-presse', 'agence france presse', 'ap', 'associated press', 'the associated press', 'reuters',
    'thomson reuters', 'bloomberg', 'upi', 'dpa', 'efe', 'ansa', 'pti', 'ians', 'ani', 'uni', 'tass', 'ria novosti',
    'interfax', 'xinhua', 'kyodo', 'kyodo news', 'yonhap', 'anadolu', 'anadolu agency', 'aap', 'pa', 'pa media',
    'press association', 'canadian press', 'the canadian press', 'cp', 'apa', 'belga', 'anp', 'tt', 'ntb', 'ritzau',
    'stt', 'ctk', 'pap', 'mti', 'bta', 'hina', 'irna', 'wam', 'spa', 'mena', 'bernama', 'antara', 'pna', 'cna',
    'news agencies', 'agencies', 'wire services',
  ],
);

/** An all-caps token of this length is almost always an agency or outlet acronym ("AFP", "IRNA"). */
const ACRONYM = /^[A-Z]{2,6}$/u;
/** ...except the places and bodies a page prints as a section label ("July 5, 2024UK"). */
const NOT_AGENCIES: ReadonlySet<string> = new Set(['UK', 'US', 'USA', 'EU', 'UN', 'UAE', 'NATO', 'GCC', 'WHO', 'IMF', 'NHS', 'FBI', 'CIA', 'NFL', 'NBA', 'FIFA', 'UEFA']);

/** True for a line that is only an agency or outlet credit: "AFP", "Reuters", "(AP)", "— Agencies". */
export function isAgencyName(line: string): boolean {
  const bare = line.replace(/^[\s([—–-]+|[\s)\]]+$/gu, '');
  return AGENCIES.has(bare.toLowerCase()) || (ACRONYM.test(bare) && !NOT_AGENCIES.has(bare));
}
