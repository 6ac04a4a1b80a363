// A bounded memo for pure string functions asked about the same words or names again and again
// (normal forms, suffix cuts, name keys, entity ids): the map is emptied when it grows large.
export function remembered(compute: (text: string) => string, max = 50_000): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (known.size >= max) known.clear();
      known.set(text, answer);
    }
    return answer;
  };
}
