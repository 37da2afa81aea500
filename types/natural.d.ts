// natural's root import prints to stdout and loads .env (see ../../shared/TOOLING.md); deep imports only.
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const PorterStemmerRu: { stem(word: string): string };
  export default PorterStemmerRu;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distances: {
    DamerauLevenshteinDistance(a: string, b: string, options?: { restricted?: boolean }): number;
  };
  export default distances;
}
