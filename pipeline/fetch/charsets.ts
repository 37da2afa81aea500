// Charset labels as pages write them, mapped to one canonical name each (WHATWG-style aliases).
/** label (lower-case) -> canonical encoding name iconv-lite understands */
export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // a <meta> claiming UTF-16 in bytes we could read as ASCII is wrong by construction (WHATWG)
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'windows-1251': 'windows-1251',
  'win-1251': 'windows-1251',
  win1251: 'windows-1251',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  koi8r: 'koi8-r',
  koi8: 'koi8-r',
  'koi8-u': 'koi8-u',
  'koi8-ru': 'koi8-u',
  ibm866: 'ibm866',
  cp866: 'ibm866',
  '866': 'ibm866',
  'iso-8859-5': 'iso-8859-5',
  'x-mac-cyrillic': 'x-mac-cyrillic',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
};

/** Russian letters by how common they are in running text, most common first (for detection). */
export const COMMON_RUSSIAN_LETTERS = 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъ';
