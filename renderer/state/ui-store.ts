import { create } from 'zustand';
import { quarterKey, quarterOf } from '../../shared/index';
import type { Step, RuleRef } from '../../shared/index';
import { today } from './clock';
import { USER_KEY } from '../data/current-user';

/** UI and session state only; data lives in Dexie. */
export interface Explanation {
  readonly title: string;
  readonly steps: readonly Step[];
  readonly rule: RuleRef;
  /** Currency or unit used to render 'cents' steps. */
  readonly currency: 'USD' | 'EUR';
}

export interface Toast {
  readonly id: number;
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
}

interface UiState {
  quarter: string;
  userId: string | null;
  explanation: Explanation | null;
  toasts: Toast[];
  /** The demo data set is being written: screens wait so they never show half of it. */
  demoLoading: boolean;
  setDemoLoading(loading: boolean): void;
  setQuarter(quarter: string): void;
  setUser(userId: string | null): void;
  explain(explanation: Explanation | null): void;
  toast(kind: Toast['kind'], text: string): void;
  dismissToast(id: number): void;
}

let toastId = 0;
const MAX_TOASTS = 4;

export const useUi = create<UiState>((set) => ({
  quarter: quarterKey(quarterOf(today())),
  userId: localStorage.getItem(USER_KEY),
  explanation: null,
  toasts: [],
  demoLoading: false,
  setDemoLoading: (demoLoading) => set({ demoLoading }),
  setQuarter: (quarter) => set({ quarter }),
  setUser: (userId) => {
    if (userId) localStorage.setItem(USER_KEY, userId);
    else localStorage.removeItem(USER_KEY);
    set({ userId });
  },
  explain: (explanation) => set({ explanation }),
  toast: (kind, text) => {
    toastId += 1;
    const id = toastId;
    // The same message twice shows once (the newest); at most a few stay on screen.
    set((s) => ({
      toasts: [
        ...s.toasts.filter((t) => t.text !== text || t.kind !== kind),
        { id, kind, text },
      ].slice(-MAX_TOASTS),
    }));
    // An error stays until dismissed: it may say what went wrong with someone's money.
    if (kind !== 'error')
      setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 6_000);
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
