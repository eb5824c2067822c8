// stdlib/synthetic/retrieval-tasks.ts — the capabilities that find things in the context: precise
// retrieval (one key), comprehension (a fact, multiple choice), exhaustive retrieval (every match),
// numerical reasoning (count or sum over scattered lines) and extractive summaries.
import { freshName, scatter, similarNames, type TaskGenerator } from "./compose.js";
import { COLORS, OBJECTS, VERBS } from "./vocabulary.js";

// "bex=417" lines; the question asks one key's value. Similar-looking keys are the distractors.
export const preciseRetrieval: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const key = rng.pick(names);
  const value = rng.int(100, 999);
  const question = `Q: value of ${key}?`;
  const near = rng.sample(similarNames(names, key), difficulty.distractors);
  const must = [`${key}=${value}`, ...near.map((n) => `${n}=${rng.int(100, 999)}`)];
  // Each key once while the vocabulary lasts, then repeats (never the asked key).
  const taken = new Set([key, ...near]);
  const filler = () => {
    const n = freshName(rng, names, taken) ?? rng.pickOther(names, key);
    taken.add(n);
    return `${n}=${rng.int(100, 999)}`;
  };
  const lines = scatter(rng, must, filler, budget(question));
  return { lines, question, groundTruth: { answer: String(value) } };
};

// "bex has a red cup." lines; the question asks the colour of one person's object, four options.
export const comprehension: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const owner = rng.pick(names);
  const object = rng.pick(OBJECTS);
  const color = rng.pick(COLORS);
  const wrong = rng.sample(COLORS.filter((c) => c !== color), 3);
  const options = rng.shuffle([color, ...wrong]);
  const letter = "ABCD"[options.indexOf(color)];
  const question = `Q: color of the ${object} of ${owner}? ${options.map((c, i) => `${"ABCD"[i]}) ${c}`).join(" ")}`;
  // Distractors: the same object in the wrong colours owned by others, the owner's other objects.
  const must = [`${owner} has a ${color} ${object}.`];
  const otherObjects = OBJECTS.filter((o) => o !== object);
  for (let i = 0; i < difficulty.distractors; i++) {
    must.push(i % 2 === 0
      ? `${rng.pickOther(names, owner)} has a ${wrong[i % 3]} ${object}.`
      : `${owner} has a ${wrong[i % 3]} ${rng.pick(otherObjects)}.`);
  }
  const lines = scatter(rng, must, () => `${rng.pickOther(names, owner)} has a ${rng.pick(COLORS)} ${rng.pick(OBJECTS)}.`, budget(question));
  return { lines, question, groundTruth: { answer: `answer is ${letter}`, label: letter, options } };
};

// "bex: red cup" lines; the question asks every name with one colour-object pair.
export const exhaustiveRetrieval: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const color = rng.pick(COLORS);
  const object = rng.pick(OBJECTS);
  const answers = rng.sample(names, difficulty.answerItems);
  const question = `Q: every name with a ${color} ${object}, one per line.`;
  const taken = new Set(answers);
  const must = answers.map((n) => `${n}: ${color} ${object}`);
  for (let i = 0; i < difficulty.distractors; i++) {
    const n = freshName(rng, names, taken) ?? rng.pick(names);
    must.push(i % 2 === 0
      ? `${n}: ${color} ${rng.pick(OBJECTS.filter((o) => o !== object))}`
      : `${n}: ${rng.pick(COLORS.filter((c) => c !== color))} ${object}`);
  }
  const filler = () => {
    const n = freshName(rng, names, taken) ?? rng.pick(names);
    let c = rng.pick(COLORS);
    const o = rng.pick(OBJECTS);
    if (c === color && o === object) c = COLORS[(COLORS.indexOf(c) + 1) % COLORS.length];
    return `${n}: ${c} ${o}`;
  };
  const lines = scatter(rng, must, filler, budget(question));
  // The answer lists the names in context order (any order scores the same).
  const inOrder = lines.filter((l) => l.endsWith(`: ${color} ${object}`)).map((l) => l.split(":")[0]);
  return { lines, question, groundTruth: { answer: inOrder.join("\n"), answers: inOrder } };
};

// "bex +4" lines; the question counts a name's lines or sums its numbers.
export const numericalReasoning: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const name = rng.pick(names);
  const count = rng.int(2, 1 + difficulty.answerItems);
  const values = Array.from({ length: count }, () => rng.int(1, 9));
  const sum = rng.next() < 0.5;
  const question = sum ? `Q: sum of the numbers of ${name}?` : `Q: how many lines name ${name}?`;
  const near = similarNames(names, name);
  const must = values.map((v) => `${name} +${v}`);
  for (let i = 0; i < difficulty.distractors && near.length; i++) must.push(`${rng.pick(near)} +${rng.int(1, 9)}`);
  const lines = scatter(rng, must, () => `${rng.pickOther(names, name)} +${rng.int(1, 9)}`, budget(question));
  const value = sum ? values.reduce((a, b) => a + b, 0) : count;
  return { lines, question, groundTruth: { answer: String(value), value, operation: sum ? "sum" : "count" } };
};

// "bex sold the cup." sentences; the question asks for every sentence about one name, verbatim.
export const summarization: TaskGenerator = ({ rng, names, difficulty, budget }) => {
  const name = rng.pick(names);
  const sentence = (n: string) => `${n} ${rng.pick(VERBS)} the ${rng.pick(OBJECTS)}.`;
  const question = `Q: repeat each sentence about ${name}.`;
  const must = Array.from({ length: difficulty.answerItems }, () => sentence(name));
  const near = similarNames(names, name);
  for (let i = 0; i < difficulty.distractors && near.length; i++) must.push(sentence(rng.pick(near)));
  const lines = scatter(rng, must, () => sentence(rng.pickOther(names, name)), budget(question));
  const about = lines.filter((l) => l.startsWith(`${name} `));
  const answer = about.join(" ");
  return { lines, question, groundTruth: { answer, references: [answer] } };
};
