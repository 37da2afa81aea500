// Query parameters that only track the visitor: two links differing only in them are one page.
/** Exact parameter names (compared lower-case). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ysclid',
  'ymclid',
  '_openstat',
  'igshid',
  'mc_cid',
  'mc_eid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'rb_clickid',
  '__twitter_impression',
  'spm',
  'from_block',
]);

/** Parameter name prefixes (utm_source, utm_medium, ..., Yandex turbo and Zen markers). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'ga_', 'hsa_', 'pk_', 'mtm_'];
