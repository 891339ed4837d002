// What the content script costs the page, read from a Chromium trace of one
// page load. content/ leaves no performance marks, so the page's main thread
// is read from the outside instead:
// - a task is Crosscheck's when the extension's code ran in it (a CPU-profiler
//   sample with an extension frame on its stack: its own code and every DOM
//   call it makes, in the content script's isolated world) or when it loaded,
//   compiled or evaluated one of the extension's scripts. The content
//   script's cost is the summed duration of those tasks: what the page waited
//   for, module loading included;
// - a long task (> 50 ms, as the Long Tasks API counts them) is Crosscheck's
//   when its code ran in it for more than half of it.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: wall time minus what the thread spent descheduled. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface ContentCost {
  /** Summed duration of the page's main-thread tasks that ran or loaded the extension's scripts (ms). */
  taskMs: number;
  /**
   * The same tasks' thread (CPU) time (ms). On a loaded machine a task's wall time also counts the time its
   * thread waited for a core; this does not, so it separates our cost from the machine's load.
   */
  cpuMs: number;
  /** Of which sampled in the extension's code itself (ms). */
  scriptMs: number;
  /** How many such tasks. */
  tasks: number;
  /** Tasks over 50 ms in which our code ran for more than half of the task. */
  longTasks: number;
  /** The longest task over 50 ms that ran the extension's code (ms), or 0. */
  longestTaskMs: number;
  /** All tasks over 50 ms on the page's main thread, whoever caused them. */
  pageLongTasks: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number };
}

interface ProfileChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

const LONG_TASK_US = 50_000;

/** The main thread of the renderer that parsed `pageUrl`. */
function pageThread(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData as { url?: string } | undefined)?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML for ${pageUrl} in the trace`);
  return { pid: parse.pid, tid: parse.tid };
}

/** Sample times (µs) and whether each sample's stack holds a frame of `origin`, for one thread. */
function samples(events: readonly TraceEvent[], thread: { pid: number; tid: number }, origin: string): { t: number; dt: number; ours: boolean; node: number }[] {
  return profileOf(events, thread, origin).samples;
}

/** The page thread's CPU profile: its samples (time, billed duration, whether an extension frame is on the stack) and nodes. */
function profileOf(events: readonly TraceEvent[], thread: { pid: number; tid: number }, origin: string): {
  samples: { t: number; dt: number; ours: boolean; node: number }[];
  nodes: Map<number, ProfileNode>;
} {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile) throw new Error('no CPU profile for the page thread (is disabled-by-default-v8.cpu_profiler on?)');
  const nodes = new Map<number, ProfileNode>();
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const value = !!node && ((node.callFrame.url ?? '').startsWith(origin) || (node.parent !== undefined && isOurs(node.parent)));
    ours.set(id, value);
    return value;
  };
  const out: { t: number; dt: number; ours: boolean; node: number }[] = [];
  let t = (profile.args?.data as { startTime: number }).startTime;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== thread.pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as ProfileChunkData;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((id, i) => {
      t += deltas[i] ?? 0;
      out.push({ t, dt: 0, ours: isOurs(id), node: id });
    });
  }
  // A sample stands for the time until the next one, capped so a gap (idle, a paused profiler) is not billed to it.
  const gaps = out.slice(1).map((s, i) => s.t - out[i]!.t).sort((a, b) => a - b);
  const cap = 4 * (gaps[Math.floor(gaps.length / 2)] ?? 100);
  out.forEach((s, i) => (s.dt = Math.min(cap, (out[i + 1]?.t ?? s.t) - s.t)));
  return { samples: out, nodes };
}

/**
 * Where the extension's sampled time on the page went (a diagnostic, see
 * bench/experiments/content-profile.ts): per sample, the innermost extension
 * function on the stack and the frame actually running (a browser builtin or
 * DOM call it made, or itself), summed in ms.
 */
export function ourFrames(events: readonly TraceEvent[], pageUrl: string, origin: string): Map<string, number> {
  const { samples: all, nodes } = profileOf(events, pageThread(events, pageUrl), origin);
  const name = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url?.startsWith(origin) ? `:${(n.callFrame.lineNumber ?? 0) + 1}` : ''}`;
  const out = new Map<string, number>();
  for (const s of all) {
    if (!s.ours) continue;
    const leaf = nodes.get(s.node);
    let ours = leaf;
    while (ours && !(ours.callFrame.url ?? '').startsWith(origin)) ours = ours.parent === undefined ? undefined : nodes.get(ours.parent);
    const label = !leaf || !ours ? '?' : ours === leaf ? name(ours) : `${name(ours)} > ${name(leaf)}`;
    out.set(label, (out.get(label) ?? 0) + s.dt / 1000);
  }
  return out;
}

const urlOf = (e: TraceEvent): string => {
  const data = (e.args?.data ?? e.args ?? {}) as { url?: unknown; fileName?: unknown };
  const url = data.url ?? data.fileName;
  return typeof url === 'string' ? url : '';
};

/** The page thread's complete events, and its top-level tasks (RunTask not nested in another) in order. */
function pageTasks(events: readonly TraceEvent[], pageUrl: string): { onThread: TraceEvent[]; topLevel: TraceEvent[] } {
  const thread = pageThread(events, pageUrl);
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const runTasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const topLevel = runTasks.filter((t, i) => !runTasks.slice(0, i).some((o) => o.ts <= t.ts && t.ts + t.dur! <= o.ts + o.dur!));
  return { onThread, topLevel };
}

/** The page thread's top-level tasks in which the extension's code ran or one of its scripts was loaded, with our sampled time in each (µs). */
function ourTasks(events: readonly TraceEvent[], pageUrl: string, origin: string): { task: TraceEvent; mineUs: number; onThread: TraceEvent[] }[] {
  const ourSamples = samples(events, pageThread(events, pageUrl), origin).filter((s) => s.ours);
  const { onThread, topLevel } = pageTasks(events, pageUrl);
  const loads = onThread.filter((e) => e.name !== 'RunTask' && urlOf(e).startsWith(origin));
  const out: { task: TraceEvent; mineUs: number; onThread: TraceEvent[] }[] = [];
  for (const task of topLevel) {
    const end = task.ts + task.dur!;
    const mineUs = ourSamples.filter((s) => s.t >= task.ts && s.t < end).reduce((sum, s) => sum + s.dt, 0);
    if (mineUs === 0 && !loads.some((e) => e.ts >= task.ts && e.ts < end)) continue;
    out.push({ task, mineUs, onThread });
  }
  return out;
}

/**
 * What the extension's tasks on the page were made of (a diagnostic, see
 * bench/experiments/content-profile.ts): per task in order, its duration and
 * the trace events directly inside it, summed by name (ms).
 */
export function ourTaskParts(events: readonly TraceEvent[], pageUrl: string, origin: string): { ms: number; scriptMs: number; parts: Map<string, number> }[] {
  return ourTasks(events, pageUrl, origin).map(({ task, mineUs, onThread }) => {
    const end = task.ts + task.dur!;
    const inside = onThread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && e.name !== 'ThreadControllerImpl::RunTask');
    // The outermost events of the task (not nested in another of its events), named with the extension file they load or run, if any.
    const direct = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur! <= o.ts + o.dur! && o.dur! > e.dur!));
    const parts = new Map<string, number>();
    const labelOf = (e: TraceEvent): string => {
      const url = urlOf(e);
      return url.startsWith(origin) ? `${e.name} ${url.slice(origin.length)}` : e.name;
    };
    for (const e of direct) {
      parts.set(labelOf(e), (parts.get(labelOf(e)) ?? 0) + e.dur! / 1000);
      // One level further down: what the outermost event spent its time on.
      const within = inside.filter((c) => c !== e && e.ts <= c.ts && c.ts + c.dur! <= e.ts + e.dur!);
      const children = within.filter((c) => !within.some((o) => o !== c && o.ts <= c.ts && c.ts + c.dur! <= o.ts + o.dur! && o.dur! > c.dur!));
      for (const c of children) parts.set(`  ${labelOf(e)} > ${labelOf(c)}`, (parts.get(`  ${labelOf(e)} > ${labelOf(c)}`) ?? 0) + c.dur! / 1000);
    }
    return { ms: task.dur! / 1000, scriptMs: mineUs / 1000, parts };
  });
}

/**
 * The same tasks found without a CPU profile (a trace without the profiler,
 * whose sampling lengthens every task): those holding an event that names one
 * of the extension's scripts (evaluating or compiling it, a call into it).
 * Continuations that run in microtasks of a message reply name no script, so
 * this can miss a short task; it bounds the profiler's share from below.
 */
export function unprofiledTaskMs(events: readonly TraceEvent[], pageUrl: string, origin: string): { ms: number; tasks: number } {
  const { onThread, topLevel } = pageTasks(events, pageUrl);
  const ours = onThread.filter((e) => e.name !== 'RunTask' && urlOf(e).startsWith(origin));
  const mine = topLevel.filter((t) => ours.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!));
  return { ms: mine.reduce((sum, t) => sum + t.dur!, 0) / 1000, tasks: mine.length };
}

export function contentCost(events: readonly TraceEvent[], pageUrl: string, origin: string): ContentCost {
  const { topLevel } = pageTasks(events, pageUrl);
  let taskUs = 0;
  let cpuUs = 0;
  let scriptUs = 0;
  let tasks = 0;
  let longTasks = 0;
  let longestTaskMs = 0;
  for (const { task, mineUs: mine } of ourTasks(events, pageUrl, origin)) {
    tasks++;
    taskUs += task.dur!;
    cpuUs += task.tdur ?? task.dur!;
    scriptUs += mine;
    if (task.dur! > LONG_TASK_US && mine > task.dur! / 2) longTasks++;
    if (task.dur! > LONG_TASK_US) longestTaskMs = Math.max(longestTaskMs, task.dur! / 1000);
  }
  const pageLongTasks = topLevel.filter((t) => t.dur! > LONG_TASK_US).length;
  return { taskMs: taskUs / 1000, cpuMs: cpuUs / 1000, scriptMs: scriptUs / 1000, tasks, longTasks, longestTaskMs, pageLongTasks };
}
