// Currencies: how Russian news writes them, and their ISO 4217 codes.

/** Currency nouns by lemma (the morphology's lemma, ё as е). */
export const CURRENCY_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['рубль', 'RUB'],
  ['доллар', 'USD'],
  ['евро', 'EUR'],
  ['тенге', 'KZT'],
  ['юань', 'CNY'],
  ['сом', 'KGS'],
  ['сум', 'UZS'],
  ['манат', 'AZN'],
  ['гривна', 'UAH'],
  ['гривня', 'UAH'],
  ['фунт', 'GBP'],
  ['иена', 'JPY'],
  ['йена', 'JPY'],
  ['франк', 'CHF'],
  ['лира', 'TRY'],
  ['рупия', 'INR'],
  ['вона', 'KRW'],
  ['лари', 'GEL'],
  ['драм', 'AMD'],
  ['злотый', 'PLN'],
  ['сомони', 'TJS'],
  ['шекель', 'ILS'],
  ['дирхам', 'AED'],
  ['реал', 'BRL'],
  ['ринггит', 'MYR'],
  ['бат', 'THB'],
  ['биткоин', 'XBT'],
  ['крона', 'SEK'],
]);

/** Currency words by normalised form, for abbreviations and forms the dictionary gets wrong. */
export const CURRENCY_FORMS: ReadonlyMap<string, string> = new Map([
  ['тенге', 'KZT'],
  ['тг', 'KZT'],
  ['руб', 'RUB'],
  ['р', 'RUB'],
  ['долл', 'USD'],
  ['дол', 'USD'],
  ['грн', 'UAH'],
  ['евро', 'EUR'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['сум', 'UZS'],
  ['сумов', 'UZS'],
  ['сума', 'UZS'],
  ['сомов', 'KGS'],
  ['сома', 'KGS'],
  ['сом', 'KGS'],
  ['манат', 'AZN'],
  ['манатов', 'AZN'],
  ['маната', 'AZN'],
  ['лари', 'GEL'],
  ['сомони', 'TJS'],
  ['rs', 'INR'],
  ['rub', 'RUB'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['rm', 'MYR'],
]);

/** Currency symbols. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₽', 'RUB'],
  ['₸', 'KZT'],
  ['₴', 'UAH'],
  ['¥', 'JPY'],
  ['₼', 'AZN'],
  ['₾', 'GEL'],
]);

/** ISO 4217 codes accepted when written in capitals beside an amount ("42 BYN", "USD3.14"). */
export const ISO_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN AMD ARS AUD AZN BGN BHD BRL BYN CAD CHF CLP CNY COP CZK DKK EGP EUR GBP GEL HKD HUF IDR ILS INR IQD IRR ' +
    'ISK JOD JPY KES KGS KRW KWD KZT LBP MDL MNT MXN MYR NGN NOK NZD OMR PHP PKR PLN QAR RON RSD RUB SAR SEK SGD ' +
    'THB TJS TMT TRY TWD UAH USD UZS VND XAU ZAR'
  ).split(' '),
);

/** Adjectives that name the issuing country and change the code ("канадских долларов" -> CAD). */
export const CURRENCY_COUNTRY: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'доллар',
    new Map([
      ['американский', 'USD'],
      ['канадский', 'CAD'],
      ['австралийский', 'AUD'],
      ['гонконгский', 'HKD'],
      ['сингапурский', 'SGD'],
      ['новозеландский', 'NZD'],
      ['тайваньский', 'TWD'],
    ]),
  ],
  [
    'рубль',
    new Map([
      ['российский', 'RUB'],
      ['белорусский', 'BYN'],
    ]),
  ],
  [
    'манат',
    new Map([
      ['туркменский', 'TMT'],
      ['азербайджанский', 'AZN'],
    ]),
  ],
  [
    'фунт',
    new Map([
      ['британский', 'GBP'],
      ['египетский', 'EGP'],
    ]),
  ],
  ['франк', new Map([['швейцарский', 'CHF']])],
  [
    'рупия',
    new Map([
      ['индийский', 'INR'],
      ['пакистанский', 'PKR'],
      ['индонезийский', 'IDR'],
    ]),
  ],
  ['юань', new Map([['китайский', 'CNY']])],
  ['иена', new Map([['японский', 'JPY']])],
  ['йена', new Map([['японский', 'JPY']])],
  ['лира', new Map([['турецкий', 'TRY']])],
  [
    'сом',
    new Map([
      ['киргизский', 'KGS'],
      ['кыргызский', 'KGS'],
    ]),
  ],
  ['сум', new Map([['узбекский', 'UZS']])],
  [
    'вона',
    new Map([
      ['южнокорейский', 'KRW'],
      ['корейский', 'KRW'],
    ]),
  ],
  ['реал', new Map([['бразильский', 'BRL']])],
  [
    'крона',
    new Map([
      ['шведский', 'SEK'],
      ['норвежский', 'NOK'],
      ['датский', 'DKK'],
      ['чешский', 'CZK'],
      ['исландский', 'ISK'],
      ['эстонский', 'EEK'],
    ]),
  ],
]);

/** Words that follow a currency and belong to it ("долларов США", "фунтов стерлингов"). */
export const CURRENCY_TAILS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'доллар',
    new Map([
      ['сша', 'USD'],
      ['кша', 'USD'],
      ['канады', 'CAD'],
      ['австралии', 'AUD'],
    ]),
  ],
  [
    'фунт',
    new Map([
      ['стерлингов', 'GBP'],
      ['стерлинга', 'GBP'],
    ]),
  ],
]);

/** Latin prefixes glued to a symbol ("US$", "C$", "A$"). */
export const SYMBOL_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'],
  ['C', 'CAD'],
  ['A', 'AUD'],
  ['HK', 'HKD'],
  ['S', 'SGD'],
]);

/** Hundredths of a currency, which add cents to an amount ("20 долларов 43 цента"). */
export const SUBUNITS: ReadonlyMap<string, number> = new Map([
  ['цент', 0.01],
  ['ц', 0.01],
  ['пенс', 0.01],
  ['пенни', 0.01],
  ['копейка', 0.01],
  ['коп', 0.01],
  ['тиын', 0.01],
  ['евроцент', 0.01],
]);

/** Adjectives built on a currency ("20-долларовая купюра"), by the stem after the hyphen. */
export const CURRENCY_ADJECTIVE_STEMS: ReadonlyArray<[string, string]> = [
  ['долларов', 'USD'],
  ['рублев', 'RUB'],
  ['евров', 'EUR'],
  ['тенгов', 'KZT'],
];
