// Words that name a time zone after a clock time, with the zone they name: an IANA zone (its offset on
// the day in question, summer time included) or a fixed UTC offset. Keys are lower-case, "ё" as "е".
// Read by parsers/time.ts: "по московскому времени", "по времени Астаны", "9:00 мск", "16:00 по
// Гринвичу", "14:00 CET"; "UTC+5" and "мск+2" are counted from the word before the sign.

/** An adjective before "времени": "по московскому времени". */
export const ZONE_ADJECTIVES: Readonly<Record<string, string>> = {
  московскому: 'Europe/Moscow',
  минскому: 'Europe/Minsk',
  киевскому: 'Europe/Kyiv',
  астанинскому: 'Asia/Almaty',
  алматинскому: 'Asia/Almaty',
  казахстанскому: 'Asia/Almaty',
  ташкентскому: 'Asia/Tashkent',
  бишкекскому: 'Asia/Bishkek',
  душанбинскому: 'Asia/Dushanbe',
  ашхабадскому: 'Asia/Ashgabat',
  бакинскому: 'Asia/Baku',
  тбилисскому: 'Asia/Tbilisi',
  ереванскому: 'Asia/Yerevan',
  пекинскому: 'Asia/Shanghai',
  токийскому: 'Asia/Tokyo',
  лондонскому: 'Europe/London',
  берлинскому: 'Europe/Berlin',
  парижскому: 'Europe/Paris',
  центральноевропейскому: 'Europe/Berlin',
  восточноевропейскому: 'Europe/Kyiv',
  вашингтонскому: 'America/New_York',
  гринвичскому: 'UTC',
  всемирному: 'UTC',
  калининградскому: 'Europe/Kaliningrad',
  самарскому: 'Europe/Samara',
  екатеринбургскому: 'Asia/Yekaterinburg',
  омскому: 'Asia/Omsk',
  новосибирскому: 'Asia/Novosibirsk',
  красноярскому: 'Asia/Krasnoyarsk',
  иркутскому: 'Asia/Irkutsk',
  якутскому: 'Asia/Yakutsk',
  владивостокскому: 'Asia/Vladivostok',
  магаданскому: 'Asia/Magadan',
  камчатскому: 'Asia/Kamchatka',
};

/** A place in the genitive after "по времени": "по времени Астаны". */
export const ZONE_PLACES: Readonly<Record<string, string>> = {
  москвы: 'Europe/Moscow',
  минска: 'Europe/Minsk',
  киева: 'Europe/Kyiv',
  астаны: 'Asia/Almaty',
  алматы: 'Asia/Almaty',
  казахстана: 'Asia/Almaty',
  ташкента: 'Asia/Tashkent',
  бишкека: 'Asia/Bishkek',
  душанбе: 'Asia/Dushanbe',
  баку: 'Asia/Baku',
  тбилиси: 'Asia/Tbilisi',
  еревана: 'Asia/Yerevan',
  пекина: 'Asia/Shanghai',
  токио: 'Asia/Tokyo',
  лондона: 'Europe/London',
  берлина: 'Europe/Berlin',
  парижа: 'Europe/Paris',
  вашингтона: 'America/New_York',
  'нью-йорка': 'America/New_York',
  гринвича: 'UTC',
};

/** A word standing for a zone by itself: "9:00 мск", "16:00 по Гринвичу", "14:00 CET". */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  мск: 'Europe/Moscow',
  msk: 'Europe/Moscow',
  гринвичу: 'UTC',
  utc: 'UTC',
  gmt: 'UTC',
  всв: 'UTC',
  cet: '+01:00',
  cest: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  est: '-05:00',
  edt: '-04:00',
  pst: '-08:00',
  pdt: '-07:00',
};
