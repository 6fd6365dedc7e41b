/**
 * Keeps the presentation and the presenter's window on the same step. BroadcastChannel where the
 * browser has it; otherwise `storage` events (every browser with localStorage has those); otherwise
 * nothing, and each window says that it moves on its own.
 */

/** What the windows tell each other. `from` tells a window its own messages apart (storage echoes). */
export type StepMessage =
  /** "I am on this step." Steps are named by event too, in case the two windows count differently. */
  | { type: "step"; from: string; index: number; eventId: string }
  /** "I have just opened: where are you?" Answered with a step message. */
  | { type: "hello"; from: string };

export type ChannelKind = "broadcast" | "storage" | "none";

export interface StepChannel {
  readonly kind: ChannelKind;
  /** This window's id, for `from`. */
  readonly id: string;
  post(message: StepMessage): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: (message: StepMessage) => void): () => void;
  close(): void;
}

/** The channel for one dataset: two presentations of different data never steer each other. */
export function stepChannelName(datasetKey: string): string {
  return `diplomacy-timeline:present:${datasetKey}`;
}

export function isStepMessage(value: unknown): value is StepMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.from !== "string") return false;
  if (m.type === "hello") return true;
  return m.type === "step" && Number.isInteger(m.index) && (m.index as number) >= 0 && typeof m.eventId === "string";
}

interface Environment {
  BroadcastChannel?: typeof BroadcastChannel;
  localStorage?: Storage;
  addEventListener?: Window["addEventListener"];
  removeEventListener?: Window["removeEventListener"];
}

const randomId = () => Math.random().toString(36).slice(2, 10);

/** The transport openStepChannel will use here (to say so before it opens). */
export function availableChannelKind(env: Environment = globalThis as Environment): ChannelKind {
  if (typeof env.BroadcastChannel === "function") return "broadcast";
  try {
    if (env.localStorage && env.addEventListener) return "storage";
  } catch {
    // Blocked storage throws on access.
  }
  return "none";
}

/** Open the channel with the best transport the environment has. Never throws. */
export function openStepChannel(name: string, env: Environment = globalThis as Environment): StepChannel {
  const id = randomId();
  const listeners = new Set<(message: StepMessage) => void>();
  const deliver = (data: unknown) => {
    if (!isStepMessage(data) || data.from === id) return;
    for (const listener of listeners) listener(data);
  };
  const subscribe = (listener: (message: StepMessage) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  if (typeof env.BroadcastChannel === "function") {
    try {
      const channel = new env.BroadcastChannel(name);
      channel.onmessage = (e: MessageEvent) => deliver(e.data);
      return {
        kind: "broadcast",
        id,
        subscribe,
        post: (message) => {
          try {
            channel.postMessage(message);
          } catch {
            // A closed channel: the other window is gone or this one is closing.
          }
        },
        close: () => {
          listeners.clear();
          channel.close();
        },
      };
    } catch {
      // Some privacy modes refuse to construct it; try storage.
    }
  }

  const storage = (() => {
    try {
      return env.localStorage;
    } catch {
      return undefined; // Access may throw when storage is blocked.
    }
  })();
  if (storage && env.addEventListener && env.removeEventListener) {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== name || !e.newValue) return;
      try {
        deliver(JSON.parse(e.newValue));
      } catch {
        // Not ours.
      }
    };
    env.addEventListener("storage", onStorage as EventListener);
    let counter = 0;
    return {
      kind: "storage",
      id,
      subscribe,
      post: (message) => {
        try {
          // A counter makes every message a change, so that a repeated step still fires `storage`.
          storage.setItem(name, JSON.stringify({ ...message, n: counter++ }));
        } catch {
          // Storage full or blocked: windows move on their own.
        }
      },
      close: () => {
        listeners.clear();
        env.removeEventListener?.("storage", onStorage as EventListener);
      },
    };
  }

  return { kind: "none", id, subscribe, post: () => {}, close: () => listeners.clear() };
}
