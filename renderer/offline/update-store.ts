import { create } from 'zustand';

/** A new version of the app has been downloaded and waits for the user's go-ahead. */
interface UpdateState {
  /** Activates the waiting version and reloads the page; null while there is none. */
  apply: (() => void) | null;
  /** The user chose "Later" for the version on offer. */
  dismissed: boolean;
  /**
   * Another window took the new version: this page still runs the old code while the files
   * it may still need are gone, so it asks for a reload (never reloads by itself).
   */
  elsewhere: boolean;
  offer(apply: () => void): void;
  dismiss(): void;
  updatedElsewhere(): void;
}

export const useAppUpdate = create<UpdateState>((set) => ({
  apply: null,
  dismissed: false,
  elsewhere: false,
  offer: (apply) => set({ apply, dismissed: false }),
  dismiss: () => set({ dismissed: true }),
  updatedElsewhere: () => set({ elsewhere: true }),
}));
