// DOM output of the page: each step is a <section> whose data-state says
// ok or failed, with one line of outcome and, below it, what was read.

export type State = "ok" | "failed";

export function text(id: string, value: string): void {
  document.getElementById(id)!.textContent = value;
}

/** Sets a step's state and its one-line outcome. */
export function show(step: string, state: State, outcome: string): void {
  const section = document.getElementById(step)!;
  section.dataset["state"] = state;
  section.querySelector(".outcome")!.textContent = `${state}: ${outcome}`;
}

export interface RunRow {
  runId: string;
  workflowType: string;
  status: string;
}

/** The runs as a table, one row per run, each row marked with its run id. */
export function runTable(rows: RunRow[]): HTMLTableElement {
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const title of ["run id", "type", "status"]) {
    head.append(Object.assign(document.createElement("th"), { textContent: title }));
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    tr.dataset["runId"] = row.runId;
    for (const cell of [row.runId, row.workflowType, row.status]) {
      tr.insertCell().textContent = cell;
    }
  }
  return table;
}

/** Name and value pairs as a definition list; each <dd> is marked with its name. */
export function detailList(pairs: [string, string][]): HTMLDListElement {
  const list = document.createElement("dl");
  for (const [name, value] of pairs) {
    const dd = Object.assign(document.createElement("dd"), { textContent: value });
    dd.dataset["name"] = name;
    list.append(Object.assign(document.createElement("dt"), { textContent: name }), dd);
  }
  return list;
}
