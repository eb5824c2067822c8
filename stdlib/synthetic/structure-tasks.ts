// stdlib/synthetic/structure-tasks.ts — the capabilities that rebuild structure from the context:
// table extraction (rows as JSON), matching across two lists, ranking by a score, ordering by day.
import { freshName, scatter, similarNames, type TaskGenerator } from "./compose.js";
import { CITIES, COLORS, OBJECTS, VERBS } from "./vocabulary.js";

// Once the vocabulary runs out of unused names, the rest of the context is this kind of noise.
const noise = (rng: Parameters<TaskGenerator>[0]["rng"], names: readonly string[]) =>
  `${rng.pick(names)} ${rng.pick(VERBS)} the ${rng.pick(OBJECTS)}.`;

// "bex is 41 and lives in riga." lines; the answer is the [name, age] rows of one city, as JSON.
export const structuredExtraction: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const city = rng.pick(CITIES);
  const question = `Q: json rows [name,age] of people in ${city}`;
  const people = rng.sample(names, difficulty.answerItems);
  const taken = new Set(people);
  const person = (n: string, c: string) => `${n} is ${rng.int(10, 99)} and lives in ${c}.`;
  const must = people.map((n) => person(n, city));
  for (let i = 0; i < difficulty.distractors; i++) must.push(`${rng.pick(names)} visited ${city}.`);
  const otherCities = CITIES.filter((c) => c !== city);
  const filler = () => {
    const n = freshName(rng, names, taken);
    if (n === undefined) return noise(rng, names);
    taken.add(n);
    return person(n, rng.pick(otherCities));
  };
  const lines = scatter(rng, must, filler, budget(question));
  const rows: [string, number][] = [];
  for (const l of lines) {
    const m = /^(\w+) is (\d+) and lives in (\w+)\.$/.exec(l);
    if (m && m[3] === city) rows.push([m[1], Number(m[2])]);
  }
  return { lines, question, groundTruth: { answer: JSON.stringify({ data: rows }), data: rows } };
};

// Two lists, "bex -> k4" and "k4 is red"; the answer is the colour of each asked name, in order.
export const structuredMatching: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const asked = rng.sample(names, difficulty.answerItems);
  const question = `Q: color for ${asked.join(", ")}, one per line.`;
  const codes = new Set<string>();
  const newCode = () => {
    for (;;) {
      const c = `${"kqwxy"[rng.int(0, 4)]}${rng.int(10, 99)}`;
      if (!codes.has(c)) { codes.add(c); return c; }
    }
  };
  const taken = new Set(asked);
  const pairs: [string, string, string][] = asked.map((n) => [n, newCode(), rng.pick(COLORS)]);
  // Distractors: codes one digit away from an asked one, with another colour.
  for (let i = 0; i < difficulty.distractors; i++) {
    const [, code, color] = pairs[i % pairs.length];
    const near = `${code[0]}${code[1]}${(Number(code[2]) + 1 + i) % 10}`;
    if (codes.has(near)) continue;
    codes.add(near);
    pairs.push([freshName(rng, names, taken) ?? rng.pick(names), near, COLORS[(COLORS.indexOf(color as (typeof COLORS)[number]) + 1) % COLORS.length]]);
    taken.add(pairs[pairs.length - 1][0]);
  }
  const half = Math.floor(budget(question) / 2);
  const colorOf = new Map(pairs.map(([, c, color]) => [c, color]));
  const left = scatter(rng, pairs.map(([n, c]) => `${n} -> ${c}`), () => {
    const n = freshName(rng, names, taken);
    if (n === undefined) return undefined;
    taken.add(n);
    const code = newCode();
    colorOf.set(code, rng.pick(COLORS));
    return `${n} -> ${code}`;
  }, half);
  // The second list colours exactly the codes of the first (a drawn filler that did not fit is not in it).
  const right = rng.shuffle(left.map((l) => l.split(" -> ")[1]).map((c) => `${c} is ${colorOf.get(c)}`));
  // A small vocabulary runs out of names before a long budget: noise sentences fill the rest.
  const lines = [...left, ...right];
  let used = lines.reduce((n, l) => n + l.length + 1, 0);
  for (;;) {
    const line = noise(rng, names);
    if (used + line.length + 1 > budget(question)) break;
    lines.splice(rng.int(0, lines.length), 0, line);
    used += line.length + 1;
  }
  const answers = pairs.slice(0, asked.length).map(([, , color]) => color);
  return { lines, question, groundTruth: { answer: answers.join("\n"), answers } };
};

// "bex scored 57" lines with distinct names and scores; the answer is the top names, best first.
export const ranking: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const k = difficulty.answerItems;
  const question = `Q: top ${k} names by score, best first.`;
  const scores = rng.shuffle(Array.from({ length: 90 }, (_, i) => i + 10));
  const taken = new Set<string>();
  let next = 0;
  const entry = () => {
    const n = freshName(rng, names, taken);
    if (n === undefined || next >= scores.length) return undefined;
    taken.add(n);
    return `${n} scored ${scores[next++]}`;
  };
  // The first k + 1 entries are always there; distractors have big numbers in another format.
  const must: string[] = [];
  for (let i = 0; i <= k; i++) must.push(entry()!);
  for (let i = 0; i < difficulty.distractors; i++) must.push(`${rng.pick(names)} has ${rng.int(100, 999)} ${rng.pick(OBJECTS)}s`);
  const lines = scatter(rng, must, () => entry() ?? noise(rng, names), budget(question));
  const ranked = lines.map((l) => /^(\w+) scored (\d+)$/.exec(l)).filter((m) => m !== null)
    .sort((a, b) => Number(b![2]) - Number(a![2])).slice(0, k).map((m) => m![1]);
  return { lines, question, groundTruth: { answer: ranked.join("\n"), answers: ranked } };
};

// "day 17: bex sold the cup" lines in shuffled order; the answer orders the asked names by day.
export const ordering: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const k = difficulty.answerItems + 1;
  const asked = rng.sample(names, k);
  const question = `Q: order ${asked.join(", ")} by day.`;
  const days = rng.shuffle(Array.from({ length: 99 }, (_, i) => i + 1));
  const taken = new Set(asked);
  let next = 0;
  const event = (n: string) => `day ${days[next++]}: ${n} ${rng.pick(VERBS)} the ${rng.pick(OBJECTS)}`;
  const must = asked.map(event);
  for (const n of rng.sample(asked.flatMap((a) => similarNames(names, a)).filter((n) => !taken.has(n)), difficulty.distractors)) {
    taken.add(n);
    must.push(event(n));
  }
  const lines = scatter(rng, must, () => {
    const n = freshName(rng, names, taken);
    if (n === undefined || next >= days.length) {
      let who = rng.pick(names);
      while (asked.includes(who)) who = rng.pick(names);
      return `${who} ${rng.pick(VERBS)} the ${rng.pick(OBJECTS)}.`;
    }
    taken.add(n);
    return event(n);
  }, budget(question));
  const dayOf = new Map<string, number>();
  for (const l of lines) {
    const m = /^day (\d+): (\w+) /.exec(l);
    if (m) dayOf.set(m[2], Number(m[1]));
  }
  const answers = [...asked].sort((a, b) => dayOf.get(a)! - dayOf.get(b)!);
  return { lines, question, groundTruth: { answer: answers.join("\n"), answers } };
};
