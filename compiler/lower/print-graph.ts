// compiler/lower/print-graph.ts — the execution graph as Graphviz dot and as Mermaid, for `golongc
// graph`: one box per node with its main settings, one arrow per edge labelled with its port type.
import type { Graph, GraphNode } from "../ir.js";

/** A node's settings worth showing, as `key: value` lines (tasks by name, expressions left out). */
export function nodeSummary(n: GraphNode): string[] {
  const c = n.config as Record<string, unknown>;
  const lines: string[] = [];
  for (const [k, v] of Object.entries(c)) {
    if (v === null || v === undefined) continue;
    if (k === "tasks" && Array.isArray(v)) { lines.push(`tasks: ${(v as { name: string }[]).map((t) => t.name).join(", ")}`); continue; }
    if (k === "recordType") { lines.push(`type: ${(v as { name?: string }).name ?? "record"}`); continue; }
    if (k === "expr" || k === "reward" || k === "where") continue;
    if (typeof v === "object" && !Array.isArray(v)) {
      const inner = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && typeof x !== "object").map(([a, b]) => `${a} ${b}`).join(", ");
      if (inner) lines.push(`${k}: ${inner}`);
      continue;
    }
    lines.push(`${k}: ${Array.isArray(v) ? `[${v.join(", ")}]` : String(v)}`);
  }
  if (n.resources.gpus) lines.push(`gpus: ${n.resources.gpus}`);
  if (n.resources.cpuWorkers) lines.push(`cpu workers: ${n.resources.cpuWorkers}`);
  return lines;
}

const dotEscape = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

export function printDot(g: Graph): string {
  const out = [`digraph "${dotEscape(g.recipe)}" {`, "  rankdir=LR;", '  node [shape=box, fontname="monospace"];'];
  for (const n of g.nodes) {
    const label = [`${n.kind} ${n.id}`, ...nodeSummary(n)].map(dotEscape).join("\\l") + "\\l";
    out.push(`  "${dotEscape(n.id)}" [label="${label}"];`);
  }
  for (const e of g.edges) out.push(`  "${dotEscape(e.from.node)}" -> "${dotEscape(e.to.node)}" [label="${e.type}"];`);
  out.push("}");
  return out.join("\n") + "\n";
}

const mermaidId = (id: string) => id.replace(/[^A-Za-z0-9_]/g, "_");
const mermaidText = (s: string) => s.replace(/"/g, "#quot;").replace(/[<>]/g, (c) => (c === "<" ? "#lt;" : "#gt;"));

export function printMermaid(g: Graph): string {
  const out = ["flowchart LR"];
  for (const n of g.nodes) {
    const label = [`<b>${n.kind}</b> ${n.id}`, ...nodeSummary(n).map(mermaidText)].join("<br/>");
    out.push(`  ${mermaidId(n.id)}["${label}"]`);
  }
  for (const e of g.edges) out.push(`  ${mermaidId(e.from.node)} -->|${e.type}| ${mermaidId(e.to.node)}`);
  return out.join("\n") + "\n";
}
